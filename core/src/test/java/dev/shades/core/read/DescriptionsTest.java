package dev.shades.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.model.AccessChannel;
import dev.shades.core.model.Availability;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.DataInformationAspect;
import dev.shades.core.model.Disclosure;
import dev.shades.core.model.LicenseOrigin;
import dev.shades.core.model.Relation;
import dev.shades.core.model.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptionsTest {
  private static final String FULL = """
      shades: 1
      name: OLMo 7B
      version: "2024-02"
      producer: Allen Institute for AI
      released: 2024-02-01
      modality: text
      homepage: https://allenai.org/olmo
      licenses:
        default: Apache-2.0
        data: ODC-By-1.0
      facts:
        access-channels: [download]
        general-purpose: true
        training-compute-flop: 1.0e23
        monetized:
          value: false
          note: free to download
          evidence: https://huggingface.co/allenai/OLMo-7B
        monthly-active-user-limit: 700000000
        tags: [llm, open]
      components:
        model-parameters:
          availability: open
          completeness: full
          grade: open
          locations: [https://huggingface.co/allenai/OLMo-7B]
          evidence:
            - url: https://huggingface.co/allenai/OLMo-7B
              checked: 2026-11-20
              note: the card states Apache 2.0
        datasets:
          availability: open
          parts:
            - name: Dolma
              availability: open
              license: ODC-By-1.0
              locations: https://huggingface.co/datasets/allenai/dolma
        training-data-information:
          availability: open
          evidence: https://arxiv.org/abs/2402.00159
          information:
            provenance: disclosed
            labelling: {value: partial, note: no labels beyond filters}
            public-sources:
              - name: Common Crawl
                location: https://commoncrawl.org
      """;

  private static Release ok(ReadResult result) {
    assertThat(result.diagnostics()).as("diagnostics").noneMatch(Diagnostic::isError);
    return result.release().orElseThrow();
  }

  @Test
  void readsEverythingTheFormatCanSay() {
    Release r = ok(Descriptions.read("olmo.yaml", FULL, ReadOptions.defaults()));
    assertThat(r.name()).isEqualTo("OLMo 7B");
    assertThat(r.version()).contains("2024-02");
    assertThat(r.released()).contains(LocalDate.of(2024, 2, 1));
    assertThat(r.facts().accessChannels()).hasValue(java.util.Set.of(AccessChannel.DOWNLOAD));
    assertThat(r.facts().generalPurpose()).contains(true);
    assertThat(r.facts().trainingComputeFlop()).contains(1.0e23);
    assertThat(r.facts().monetized()).contains(false);
    assertThat(r.facts().get("monetized").orElseThrow().note()).contains("free to download");
    assertThat(r.facts().number("monthly-active-user-limit")).contains(7.0e8);
    assertThat(r.facts().get("tags").orElseThrow().value().toString()).isEqualTo("[llm, open]");
    assertThat(r.component(ComponentCatalog.MODEL_PARAMETERS).evidence().get(0).checked())
        .contains(LocalDate.of(2026, 11, 20));
    assertThat(r.resolveLicense(ComponentCatalog.MODEL_PARAMETERS).explain())
        .isEqualTo("ODC-By-1.0, inherited from the release default for data");
    assertThat(r.component(ComponentCatalog.DATASETS).parts()).singleElement()
        .satisfies(p -> assertThat(p.locations()).containsExactly("https://huggingface.co/datasets/allenai/dolma"));
    var info = r.component(ComponentCatalog.TRAINING_DATA_INFORMATION).dataInformation().orElseThrow();
    assertThat(info.disclosure(DataInformationAspect.PROVENANCE)).isEqualTo(Disclosure.DISCLOSED);
    assertThat(info.disclosure(DataInformationAspect.LABELLING)).isEqualTo(Disclosure.PARTIAL);
    assertThat(info.disclosure(DataInformationAspect.SCOPE)).isEqualTo(Disclosure.UNKNOWN);
    assertThat(info.publicSources()).hasSize(1);
  }

  @Test
  void readsTheSameReleaseFromJson() {
    String json = """
        {"shades": 1, "name": "OLMo 7B", "licenses": {"default": "Apache-2.0"},
         "components": {"model-parameters": {"availability": "open", "evidence": "https://huggingface.co/allenai/OLMo-7B"}}}
        """;
    Release fromJson = ok(Descriptions.read("olmo.json", json, ReadOptions.defaults()));
    Release fromYaml = ok(Descriptions.read("olmo.yaml", """
        shades: 1
        name: OLMo 7B
        licenses: {default: Apache-2.0}
        components:
          model-parameters: {availability: open, evidence: "https://huggingface.co/allenai/OLMo-7B"}
        """, ReadOptions.defaults()));
    assertThat(fromJson).isEqualTo(fromYaml);
  }

  @Test
  void readsABaseReleaseFromAnotherFileOrInline(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("base.yaml"), """
        shades: 1
        name: Llama 3.1 8B
        components:
          model-parameters: {availability: gated, license: LicenseRef-scancode-llama-3.1-license-2024}
        """);
    Files.writeString(dir.resolve("tune.yaml"), """
        shades: 1
        name: A fine-tune
        base: {relation: fine-tune, file: base.yaml}
        """);
    Release tune = ok(Descriptions.read(dir.resolve("tune.yaml")));
    assertThat(tune.base()).hasValueSatisfying(b -> {
      assertThat(b.relation()).isEqualTo(Relation.FINE_TUNE);
      assertThat(b.release().name()).isEqualTo("Llama 3.1 8B");
      assertThat(b.file()).contains("base.yaml");
      assertThat(b.release().component(ComponentCatalog.MODEL_PARAMETERS).availability())
          .isEqualTo(Availability.GATED);
    });
    Release inline = ok(Descriptions.read("inline.yaml", """
        shades: 1
        name: A quantisation
        base:
          relation: quantisation
          name: Mistral 7B
          licenses: {default: Apache-2.0}
        """, ReadOptions.defaults()));
    assertThat(inline.base().orElseThrow().release().resolveLicense(ComponentCatalog.MODEL_PARAMETERS).origin())
        .isEqualTo(LicenseOrigin.RELEASE_DEFAULT);
  }

  @Test
  void strictModeRefusesAliases() {
    String text = "shades: 1\nname: X\nlicenses: {default: Apache 2.0}\n";
    assertThat(Descriptions.read("x.yaml", text, ReadOptions.defaults()).ok()).isTrue();
    ReadResult strict = Descriptions.read("x.yaml", text, ReadOptions.defaults().withStrictLicenses(true));
    assertThat(strict.ok()).isFalse();
    assertThat(strict.diagnostics()).extracting(Diagnostic::code).containsExactly("alias-refused");
  }

  @Test
  void refusesFilesOverTheSizeLimit(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "shades: 1\nname: X\n# " + "x".repeat(5000) + "\n");
    ReadResult r = Descriptions.read(big, ReadOptions.defaults().withMaxFileBytes(1000));
    assertThat(r.diagnostics()).extracting(Diagnostic::headline)
        .containsExactly("error: " + big + ":1:1: file is larger than the limit of 1000 bytes [file-too-large]");
  }

  @Test
  void refusesAnAliasBombBeforeExpandingIt() {
    StringBuilder bomb = new StringBuilder("shades: 1\nname: X\nfacts:\n  a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      bomb.append("  a").append(i).append(": &a").append(i).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
    }
    ReadResult r = Descriptions.read("bomb.yaml", bomb.toString(), ReadOptions.defaults());
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("yaml-alias");
  }

  @Test
  void refusesDeepNestingWithoutOverflowingTheStack() {
    String deep = "shades: 1\nname: X\nfacts:\n  deep: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    ReadResult r = Descriptions.read("deep.yaml", deep, ReadOptions.defaults());
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("nesting-too-deep");
  }

  @Test
  void stopsReportingAfterTheErrorLimit() {
    StringBuilder text = new StringBuilder("shades: 1\nname: X\ncomponents:\n");
    for (int i = 0; i < 80; i++) {
      text.append("  kind-").append(i).append(": {}\n");
    }
    ReadResult r = Descriptions.read("many.yaml", text.toString(), ReadOptions.defaults());
    assertThat(r.diagnostics()).hasSize(ReadOptions.DEFAULT_MAX_ERRORS + 1);
    assertThat(r.diagnostics().get(ReadOptions.DEFAULT_MAX_ERRORS).headline())
        .isEqualTo("error: many.yaml:54:3: more than 50 errors; stopped reporting [too-many-errors]");
  }

  @Test
  void readsDevicesAndPipesOnlyUpToTheLimit() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero on this system");
    ReadResult r = Descriptions.read(zero, ReadOptions.defaults());
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("file-too-large");
  }

  @Test
  void anInvalidBasePathIsAnInvalidBase() {
    ReadResult r = Descriptions.read("x.yaml", "shades: 1\nname: X\nbase: {relation: fine-tune, file: \"a\\0b\"}\n",
        ReadOptions.defaults());
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("invalid-base");
  }

  @Test
  void pointsInsideLicenceValuesOnlyWhereTheColumnsAreExact() {
    String text = String.join("\n",
        "shades: 1",
        "name: X",
        "components:",
        "  training-code: {license: \"MIT OR \\u0041pache-2.0 OR Foo\"}",
        "  inference-code:",
        "    license: MIT OR",
        "      Foo",
        "  evaluation-code: {license: !!str MIT OR Foo}",
        "  model-card: {license: 'MIT OR Foo'}",
        "");
    ReadResult r = Descriptions.read("x.yaml", text, ReadOptions.defaults());
    assertThat(r.errors()).extracting(d -> d.location().line() + ":" + d.location().column())
        .containsExactly("4:28", "6:14", "8:43", "9:33");
  }

  @Test
  void recognisesQuotedKeysFlowStyleAndLateJsonKeys() {
    for (String text : List.of("\"shades\": 1\nname: X\n", "'shades': 1\nname: X\n", "{shades: 1, name: X}\n",
        "{\"name\": \"X\", \"notes\": \"" + "x".repeat(70_000) + "\", \"shades\": 1}")) {
      ReadResult r = Descriptions.read("x.yaml", text, ReadOptions.defaults());
      assertThat(r.format()).as(text.substring(0, 12)).contains("shades");
      assertThat(r.diagnostics()).as(text.substring(0, 12)).extracting(Diagnostic::code)
          .doesNotContain("unknown-format");
    }
  }

  @Test
  void reportsEachProblemOfAnInlineBaseOnce() {
    ReadResult r = Descriptions.read("x.yaml",
        "shades: 1\nname: X\nbase: {relation: fine-tune, name: B, bogus: 1, name: C}\n", ReadOptions.defaults());
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("unknown-field", "duplicate-key");
  }

  @Test
  void keepsTheWarningsOfAValidBaseFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("base.yaml"), "shades: 1\nname: B\nlicenses: {default: GPL-2.0+}\n");
    Files.writeString(dir.resolve("tune.yaml"), "shades: 1\nname: T\nbase: {relation: adapter, file: base.yaml}\n");
    ReadResult r = Descriptions.read(dir.resolve("tune.yaml"));
    assertThat(r.ok()).isTrue();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("deprecated-license");
    assertThat(r.diagnostics().get(0).location().file()).endsWith("base.yaml");
  }

  @Test
  void refusesNonFiniteNumbersAndScalarAnchors() {
    ReadResult inf = Descriptions.read("x.yaml", "shades: 1\nname: X\nfacts: {training-compute-flop: .inf}\n",
        ReadOptions.defaults());
    assertThat(inf.diagnostics()).extracting(Diagnostic::message)
        .containsExactly("fact 'training-compute-flop' must be a finite number, found .inf");
    ReadResult huge = Descriptions.read("x.yaml", "shades: 1\nname: X\nfacts: {training-compute-flop: 1e400}\n",
        ReadOptions.defaults());
    assertThat(huge.diagnostics()).extracting(Diagnostic::code).containsExactly("wrong-type");
    ReadResult anchor = Descriptions.read("x.yaml", "shades: 1\nname: &n X\n", ReadOptions.defaults());
    assertThat(anchor.diagnostics()).extracting(Diagnostic::code).containsExactly("yaml-alias");
  }

  @Test
  void neverThrowsOnGarbage() {
    Random random = new Random(42);
    String alphabet = "shades: 1\nname components{}[]:,-&*!|>'\"#%@`\t ?";
    for (int i = 0; i < 2000; i++) {
      StringBuilder s = new StringBuilder(i % 2 == 0 ? "shades: 1\n" : "");
      int n = random.nextInt(200);
      for (int j = 0; j < n; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      ReadResult r = Descriptions.read("garbage.yaml", s.toString(), ReadOptions.defaults());
      assertThat(r.ok() || !r.errors().isEmpty()).isTrue();
      assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("reader-failure"));
    }
  }

  @Test
  void readersOnTheClassPathAreFoundAndChosenByContent() {
    List<DescriptionReader> readers = Descriptions.readers();
    assertThat(readers).extracting(DescriptionReader::format).containsExactly("shades", "key-value-test");
    ReadResult other = Descriptions.read("model.txt", "key-value-test\nname=From another format\n",
        ReadOptions.defaults());
    assertThat(other.format()).contains("key-value-test");
    assertThat(other.release().map(Release::name)).contains("From another format");
    ReadResult shades = Descriptions.read("model.txt", "shades: 1\nname: Ours\n", ReadOptions.defaults());
    assertThat(shades.format()).contains("shades");
    ReadResult neither = Descriptions.read("model.txt", "just: yaml\n", ReadOptions.defaults());
    assertThat(neither.diagnostics()).extracting(Diagnostic::headline).containsExactly(
        "error: model.txt:1:1: not a description Shades can read (it reads: Shades descriptions (a top-level "
            + "'shades:' key); key-value test files (first line 'key-value-test')) [unknown-format]");
  }
}
