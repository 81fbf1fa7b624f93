package dev.shades.formats.shades;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.license.ExpressionParser;
import dev.shades.core.model.Availability;
import dev.shades.core.model.BaseRelease;
import dev.shades.core.model.Completeness;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.ContentType;
import dev.shades.core.model.DataInformation;
import dev.shades.core.model.DataInformationAspect;
import dev.shades.core.model.DataSource;
import dev.shades.core.model.Disclosure;
import dev.shades.core.model.Evidence;
import dev.shades.core.model.Fact;
import dev.shades.core.model.FactValue;
import dev.shades.core.model.Facts;
import dev.shades.core.model.Grade;
import dev.shades.core.model.LicenseDefaults;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Modality;
import dev.shades.core.model.Part;
import dev.shades.core.model.Relation;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadOptions;
import dev.shades.core.read.ReadResult;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DescriptionWriterTest {
  private static final DescriptionWriter WRITER = DescriptionWriter.create();

  /** Text that YAML could read as something else, or that needs escapes. */
  private static final List<String> AWKWARD = List.of("yes", "No", "on", "null", "~", "true", "1.0", "1e3", "0x1A",
      "0o17", "1_000", "1:20", ".inf", "2024-01-01", "2024-01-01 10:00", "Apache 2.0", "", " padded ", "a: b",
      "# not a comment", "- not a list", "[x]", "{y}", "'quoted'", "\"double\"", "back\\slash", "two\nlines",
      "trailing newline\n", "tab\there", "\u0085next line", "\u2028separator", "\ufeffbom", "nbsp\u00a0x", "😀",
      "\u0001control", "key: value # comment", "&anchor", "*alias", "!tag", "%directive",
      "@at", "`tick", "|", ">", "?", "-", ":", "=", "<<");

  private static Release readBack(String text) {
    ReadResult r = Descriptions.read("written.yaml", text, ReadOptions.defaults());
    assertThat(r.errors()).as(Diagnostics.render(r.diagnostics()) + "\n" + text).isEmpty();
    assertThat(r.format()).contains("shades");
    return r.release().orElseThrow();
  }

  private static Evidence evidence(String url, String note) {
    return new Evidence(url, Optional.of(LocalDate.of(2026, 1, 2)), Optional.of(note));
  }

  /** A release that uses every field of the format, with awkward text everywhere text goes. */
  private static Release everything() {
    Map<String, Fact<FactValue>> facts = new LinkedHashMap<>();
    facts.put("access-channels", Fact.of(new FactValue.TextList(List.of("download", "api"))));
    facts.put("staged-release", Fact.of(new FactValue.Bool(false)));
    facts.put("training-compute-flop", new Fact<>(new FactValue.Number(3.8e25), Optional.of("estimated"),
        List.of(Evidence.of("https://example.org/compute"))));
    facts.put("monetized", new Fact<>(new FactValue.Bool(true), Optional.of("no"), List.of()));
    facts.put("users", Fact.of(new FactValue.Number(700_000_000)));
    facts.put("ratio", Fact.of(new FactValue.Number(0.1)));
    facts.put("negative-zero", Fact.of(new FactValue.Number(-0.0)));
    facts.put("big", Fact.of(new FactValue.Number(1e300)));
    facts.put("flag", Fact.of(new FactValue.Bool(true)));
    facts.put("tags", Fact.of(new FactValue.TextList(AWKWARD)));
    facts.put("empty-list", Fact.of(new FactValue.TextList(List.of())));
    for (int i = 0; i < AWKWARD.size(); i++) {
      facts.put("text-" + i, new Fact<>(new FactValue.Text(AWKWARD.get(i)), Optional.of(AWKWARD.get(i)), List.of()));
    }
    facts.put("yes", Fact.of(new FactValue.Text("a key YAML 1.1 reads as a boolean")));

    Map<DataInformationAspect, Fact<Disclosure>> aspects = new LinkedHashMap<>();
    aspects.put(DataInformationAspect.SCOPE, Fact.of(Disclosure.PARTIAL));
    aspects.put(DataInformationAspect.PROVENANCE, new Fact<>(Disclosure.DISCLOSED, Optional.of("all of it"),
        List.of(evidence("https://example.org/provenance", "section 2"))));
    DataInformation info = new DataInformation(aspects,
        List.of(new DataSource("Common Crawl", Optional.of("https://commoncrawl.org")),
            new DataSource("yes", Optional.empty())),
        List.of(new DataSource("licensed news", Optional.empty())));

    Release base = Release.builder("Base 1.0").producer("null").licenses(new LicenseDefaults(
        new LicenseStatement.Expression(ExpressionParser.parse("MIT").expression().orElseThrow()), Map.of()))
        .component(Component.builder(ComponentCatalog.MODEL_PARAMETERS).availability(Availability.OPEN).build())
        .build();

    Release.Builder r = Release.builder("1.0")
        .version("2024-01-01")
        .producer("yes")
        .released(LocalDate.of(2024, 2, 29))
        .modality(Modality.MULTIMODAL)
        .homepage("https://example.org/model?x=1&y=2#top")
        .evidence(List.of(Evidence.of("https://example.org/a"), evidence("https://example.org/b", "two\nlines")))
        .base(new BaseRelease(Relation.FINE_TUNE, base, Optional.empty()))
        .licenses(new LicenseDefaults(new LicenseStatement.Unrecognised("Apache 2.0"), Map.of(
            ContentType.CODE, LicenseStatement.of(ExpressionParser.parse("MIT OR Apache-2.0").expression()
                .orElseThrow()),
            ContentType.DATA, LicenseStatement.none(),
            ContentType.DOCUMENT, new LicenseStatement.Unrecognised("none"))))
        .facts(new Facts(facts));
    r.component(Component.builder(ComponentCatalog.MODEL_PARAMETERS)
        .availability(Availability.GATED)
        .license(new LicenseStatement.Unrecognised("yes"))
        .completeness(Completeness.PARTIAL)
        .grade(Grade.PARTIAL)
        .locations(List.of("https://example.org/w1", "http://example.org/w2"))
        .evidence(List.of(evidence("https://example.org/card", "1.0")))
        .notes("line one\nline two: with a colon")
        .build());
    r.component(Component.builder(ComponentCatalog.DATASETS)
        .availability(Availability.RESTRICTED)
        .license(LicenseStatement.of(ExpressionParser.parse("GPL-2.0-only WITH Classpath-exception-2.0 AND "
            + "(CC-BY-4.0 OR ODC-By-1.0)").expression().orElseThrow()))
        .parts(List.of(
            new Part("~", Availability.OPEN, new LicenseStatement.Unrecognised("Gemma Terms of Use"),
                List.of("https://example.org/p"), List.of(evidence("https://example.org/p", "# hash"))),
            new Part("second", Availability.UNKNOWN, LicenseStatement.inherit(), List.of(), List.of())))
        .build());
    r.component(Component.builder(ComponentCatalog.TRAINING_DATA_INFORMATION)
        .availability(Availability.OPEN).dataInformation(info).build());
    r.component(Component.builder(ComponentCatalog.MODEL_CARD).build());
    r.component(Component.builder(ComponentCatalog.TRAINING_CODE).availability(Availability.NOT_RELEASED)
        .license(LicenseStatement.none())
        .dataInformation(new DataInformation(Map.of(), List.of(), List.of())).build());
    return r.build();
  }

  @Test
  void everythingTheFormatCanSayReadsBackEqual() {
    Release original = everything();
    WriteResult written = WRITER.write(original);
    Release back = readBack(written.text());
    // Left out: information on a component other than training-data-information. Mapped: licence text kept as
    // written, which the format does not hold.
    assertThat(written.omissions()).extracting(WriteResult.Omission::describe).containsExactly(
        "licenses.default: 'Apache 2.0' is not an SPDX expression; written as its canonical id Apache-2.0 "
            + "(definitions that compare licence strings exactly, such as mof-mot, may judge it differently)",
        "licenses.document: 'none' as licence text: written as none (released without a licence)",
        "components.model-parameters.license: 'yes' is not an SPDX expression or a known alias; written as "
            + "LicenseRef-yes, a licence Shades knows no traits of, as it knew none of the text (definitions that "
            + "compare licence strings exactly, such as mof-mot, may judge it differently)",
        "components.datasets.parts[0].license: 'Gemma Terms of Use' is not an SPDX expression; written as its "
            + "canonical id LicenseRef-scancode-gemma-tou-2024-04-01 (definitions that compare licence strings "
            + "exactly, such as mof-mot, may judge it differently)",
        "components.training-code.information: the format holds training-data information only on "
            + "'training-data-information'; it is left out");
    Component code = original.components().get("training-code");
    Component params = original.components().get("model-parameters");
    Component datasets = original.components().get("datasets");
    Part gemma = datasets.parts().get(0);
    Release expected = original.withLicenses(new LicenseDefaults(expression("Apache-2.0"), Map.of(
            ContentType.CODE, expression("MIT OR Apache-2.0"), ContentType.DATA, LicenseStatement.none(),
            ContentType.DOCUMENT, LicenseStatement.none())))
        .withComponent(new Component(code.kind(), code.availability(), code.license(), code.completeness(),
            code.grade(), code.locations(), code.evidence(), code.parts(), Optional.empty(), code.notes()))
        .withComponent(params.toBuilder().license(expression("LicenseRef-yes")).build())
        .withComponent(datasets.toBuilder().parts(List.of(new Part(gemma.name(), gemma.availability(),
            expression("LicenseRef-scancode-gemma-tou-2024-04-01"), gemma.locations(), gemma.evidence()),
            datasets.parts().get(1))).build());
    assertThat(back).isEqualTo(expected);
    assertThat(WRITER.write(original).text()).as("deterministic").isEqualTo(written.text());
    assertThat(WRITER.write(back).text()).isEqualTo(WRITER.write(expected).text());
    assertThat(WRITER.write(back).complete()).as("what was written is all the format's own").isTrue();
  }

  @Test
  void mapsLicenceTextAsTheReaderReadsALicenceAndSaysSo() {
    Release r = Release.builder("X")
        .licenses(new LicenseDefaults(LicenseStatement.inherit(), Map.of(
            ContentType.CODE, new LicenseStatement.Unrecognised("Undisclosed"),
            ContentType.DATA, new LicenseStatement.Unrecognised("CC-BY-4.0"))))
        .component(Component.builder(ComponentCatalog.MODEL_ARCHITECTURE).availability(Availability.OPEN)
            .license(new LicenseStatement.Unrecognised("Apache-2.0")).build())
        .component(Component.builder(ComponentCatalog.TRAINING_CODE).availability(Availability.OPEN)
            .license(new LicenseStatement.Unrecognised("MIT OR Apache-2.0")).build())
        .component(Component.builder(ComponentCatalog.INFERENCE_CODE).availability(Availability.OPEN)
            .license(new LicenseStatement.Unrecognised("MIT License")).build())
        .component(Component.builder(ComponentCatalog.EVALUATION_CODE).availability(Availability.OPEN)
            .license(new LicenseStatement.Unrecognised(" mit  or apache-2.0")).build())
        .component(Component.builder(ComponentCatalog.TECHNICAL_REPORT).availability(Availability.OPEN)
            .license(new LicenseStatement.Unrecognised("Example Model Licence 1.0")).build())
        .component(Component.builder(ComponentCatalog.DATASETS).availability(Availability.OPEN)
            .license(new LicenseStatement.Unrecognised("none"))
            .parts(List.of(new Part("a", Availability.OPEN, new LicenseStatement.Unrecognised("?"), List.of(),
                List.of())))
            .build())
        .component(Component.builder(ComponentCatalog.MODEL_CARD).availability(Availability.OPEN)
            .license(expression("CC-BY-4.0"))
            .parts(List.of(new Part("b", Availability.OPEN, new LicenseStatement.Unrecognised(""), List.of(),
                List.of())))
            .build())
        .build();
    WriteResult written = WRITER.write(r);
    assertThat(written.omissions()).extracting(WriteResult.Omission::describe).containsExactly(
        "licenses.code: 'Undisclosed' is not an SPDX expression or a known alias; written as "
            + "LicenseRef-Undisclosed, a licence Shades knows no traits of, as it knew none of the text (definitions "
            + "that compare licence strings exactly, such as mof-mot, may judge it differently)",
        "licenses.data: 'CC-BY-4.0' was licence text kept as written; written as the SPDX expression it is",
        "components.model-architecture.license: 'Apache-2.0' was licence text kept as written; written as the SPDX "
            + "expression it is",
        "components.training-code.license: 'MIT OR Apache-2.0' was licence text kept as written; written as the "
            + "SPDX expression it is (definitions that compare licence strings exactly, such as mof-mot, now "
            + "compare each licence in it)",
        "components.inference-code.license: 'MIT License' is not an SPDX expression; written as its canonical id "
            + "MIT (definitions that compare licence strings exactly, such as mof-mot, may judge it differently)",
        "components.evaluation-code.license: ' mit  or apache-2.0' is not an SPDX expression; written as its "
            + "canonical expression MIT OR Apache-2.0 (definitions that compare licence strings exactly, such as "
            + "mof-mot, may judge it differently)",
        "components.technical-report.license: 'Example Model Licence 1.0' is not an SPDX expression or a known "
            + "alias; written as LicenseRef-Example-Model-Licence-1.0, a licence Shades knows no traits of, as it "
            + "knew none of the text (definitions that compare licence strings exactly, such as mof-mot, may judge "
            + "it differently)",
        "components.datasets.license: 'none' as licence text: written as none (released without a licence)",
        "components.datasets.parts[0].license: licence text '?' names no licence; left unstated (so it inherits "
            + "the component's licence, no licence)",
        "components.model-card.parts[0].license: licence text '' names no licence; left unstated (so it inherits "
            + "the component's licence, CC-BY-4.0)");
    assertThat(written.text()).startsWith("""
        # Written by Shades. The description format cannot hold the following as the source stated it:
        #   licenses.code: 'Undisclosed' is not an SPDX expression""");
    Release back = readBack(written.text());
    assertThat(back.licenses()).isEqualTo(new LicenseDefaults(LicenseStatement.inherit(),
        Map.of(ContentType.CODE, expression("LicenseRef-Undisclosed"), ContentType.DATA, expression("CC-BY-4.0"))));
    assertThat(back.components().values()).extracting(Component::license).containsExactly(
        expression("Apache-2.0"), expression("MIT OR Apache-2.0"), expression("MIT"),
        expression("MIT OR Apache-2.0"), expression("LicenseRef-Example-Model-Licence-1.0"),
        LicenseStatement.none(), expression("CC-BY-4.0"));
    assertThat(back.components().get("datasets").parts().get(0).license()).isEqualTo(LicenseStatement.inherit());
    // Written for a strict reader, an alias is still written as its canonical id, which strict mode accepts.
    WriteResult strict = DescriptionWriter.forReading(ReadOptions.defaults().withStrictLicenses(true)).write(r);
    assertThat(strict.text()).isEqualTo(written.text());
    assertThat(Descriptions.read("strict.yaml", strict.text(), ReadOptions.defaults().withStrictLicenses(true))
        .errors()).isEmpty();
  }

  @Test
  void quotesOnlyWhatYamlWouldReadOtherwise() {
    Release r = Release.builder("Apache 2.0").version("1.0").producer("yes")
        .licenses(new LicenseDefaults(expression("MIT"), Map.of()))
        .facts(new Facts(new LinkedHashMap<>(Map.of("access-channels",
            Fact.of(new FactValue.TextList(List.of("download")))))))
        .evidence(List.of(new Evidence("https://example.org/x", Optional.empty(), Optional.of("null"))))
        .component(Component.builder(ComponentCatalog.MODEL_CARD).availability(Availability.OPEN)
            .license(expression("CC-BY-4.0"))
            .locations(List.of("https://example.org/card")).build())
        .build();
    assertThat(WRITER.write(r).text()).isEqualTo("""
        shades: 1
        name: Apache 2.0
        version: '1.0'
        producer: 'yes'
        evidence:
          - url: https://example.org/x
            note: 'null'

        licenses:
          default: MIT

        facts:
          access-channels: [download]

        components:
          model-card:
            availability: open
            license: CC-BY-4.0
            locations:
              - https://example.org/card
        """);
    assertThat(readBack(WRITER.write(r).text())).isEqualTo(r);
  }

  @Test
  void leavesOutWhatTheFormatCannotHoldAndSaysSo() {
    ComponentKind custom = new ComponentKind("eval-harness", "Eval harness", ContentType.CODE, "custom");
    Map<String, Fact<FactValue>> facts = new LinkedHashMap<>();
    facts.put("monetized", Fact.of(new FactValue.Text("yes")));
    facts.put("access-channels", Fact.of(new FactValue.TextList(List.of("download", "Carrier pigeon"))));
    facts.put("infinite", Fact.of(new FactValue.Number(Double.POSITIVE_INFINITY)));
    Release r = Release.builder("X")
        .homepage("github.com/x")
        .evidence(List.of(Evidence.of("https://example.org/ok"), Evidence.of("https://example.org/a b"),
            Evidence.of(" https://example.org/padded")))
        .facts(new Facts(facts))
        .component(Component.builder(ComponentCatalog.MODEL_PARAMETERS)
            .license(new LicenseStatement.Unrecognised("  "))
            .locations(List.of("ftp://example.org/w"))
            .build())
        .component(Component.builder(ComponentCatalog.MODEL_CARD)
            .license(LicenseStatement.of(ExpressionParser.parse("MIT AND No-Such-Licence").expression()
                .orElseThrow()))
            .build())
        .component(Component.builder(custom).availability(Availability.OPEN).build())
        .build();
    WriteResult written = WRITER.write(r);
    assertThat(written.complete()).isFalse();
    assertThat(written.omissions()).extracting(WriteResult.Omission::describe).containsExactly(
        "homepage: 'github.com/x' is not an http(s) URL as the format requires (no spaces or surrounding white "
            + "space); it is left out",
        "evidence[1]: 'https://example.org/a b' is not an http(s) URL as the format requires (no spaces or "
            + "surrounding white space); it is left out",
        "evidence[2]: ' https://example.org/padded' is not an http(s) URL as the format requires (no spaces or "
            + "surrounding white space); it is left out",
        "facts.monetized: 'monetized' must be a boolean in this format, but the release states the text 'yes'; the "
            + "fact is left out",
        "facts.access-channels[1]: access channel 'Carrier pigeon' is not one the format knows (none, "
            + "hosted-interface, api, download); it is left out",
        "facts.infinite: the number Infinity is not finite, and the format holds only finite numbers; the fact is "
            + "left out",
        "components.model-parameters.license: licence text '  ' names no licence; left unstated (read as unknown)",
        "components.model-parameters.locations[0]: 'ftp://example.org/w' is not an http(s) URL as the format "
            + "requires (no spaces or surrounding white space); it is left out",
        "components.model-card.license: licence expression 'MIT AND No-Such-Licence' cannot be read back as an "
            + "expression (unknown licence 'No-Such-Licence' (licences not on the SPDX list are written "
            + "LicenseRef-…)); left unstated (read as unknown)",
        "components.eval-harness: component kind 'eval-harness' is not in the component catalogue the description "
            + "is read with; the component is left out");
    assertThat(written.text()).startsWith("""
        # Written by Shades. The description format cannot hold the following as the source stated it:
        #   homepage: 'github.com/x' is not an http(s) URL""");
    Release back = readBack(written.text());
    assertThat(back.homepage()).isEmpty();
    assertThat(back.evidence()).containsExactly(Evidence.of("https://example.org/ok"));
    assertThat(back.facts().get("access-channels").orElseThrow().value())
        .isEqualTo(new FactValue.TextList(List.of("download")));
    assertThat(back.component(ComponentCatalog.MODEL_CARD).license()).isEqualTo(LicenseStatement.inherit());
    assertThat(back.components()).doesNotContainKey("eval-harness");
  }

  @Test
  void aBaseReadFromItsOwnFileStaysAReference() {
    Release base = Release.builder("Base").build();
    Release r = Release.builder("Tuned").base(new BaseRelease(Relation.ADAPTER, base, Optional.of("base.yaml")))
        .build();
    assertThat(WRITER.write(r).text()).isEqualTo("""
        shades: 1
        name: Tuned

        base:
          relation: adapter
          file: base.yaml
        """);
  }

  @Test
  void anUnpairedSurrogateBecomesTheReplacementCharacter() {
    Release r = Release.builder("a\ud800b \ud83d\ude00").build();
    assertThat(readBack(WRITER.write(r).text()).name()).isEqualTo("a\ufffdb \ud83d\ude00");
  }

  private static LicenseStatement expression(String text) {
    return LicenseStatement.of(ExpressionParser.parse(text).expression().orElseThrow());
  }


}
