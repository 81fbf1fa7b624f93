package dev.shades.formats.osai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.model.Availability;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.Evidence;
import dev.shades.core.model.Fact;
import dev.shades.core.model.FactValue;
import dev.shades.core.model.Grade;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Modality;
import dev.shades.core.model.Release;
import dev.shades.core.read.DescriptionReader;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadContext;
import dev.shades.core.read.ReadOptions;
import dev.shades.core.read.ReadResult;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a user relies on when Shades reads the European Open Source AI Index's model files (the current 12-parameter
 * version and the 14-parameter one) and those of its predecessor, Opening up ChatGPT: each is recognised from its
 * content and no other file is taken for one; the declared grades become grades on components, and licence text is
 * kept exactly as written; and what cannot be read gives a precise {@code file:line:col} diagnostic, never an
 * exception. Every input is a small inline file, so these tests do not need the shared data.
 */
class OsaiIndexReadersTest {
  private static final OsaiIndexReader INDEX = new OsaiIndexReader();
  private static final OpeningUpChatGptReader LEGACY = new OpeningUpChatGptReader();

  /** The current version's parameters (besides {@code licenses}) and the kinds that carry their grades. */
  private static final Map<String, ComponentKind> CURRENT = ordered(
      "datasources_basemodel", ComponentCatalog.DATASETS,
      "datasources_endmodel", ComponentCatalog.FINE_TUNING_DATA,
      "weights_basemodel", ComponentCatalog.BASE_MODEL_PARAMETERS,
      "weights_endmodel", ComponentCatalog.MODEL_PARAMETERS,
      "trainingcode", ComponentCatalog.TRAINING_CODE,
      "code", ComponentCatalog.CODE_DOCUMENTATION,
      "hardware_architecture", ComponentCatalog.ARCHITECTURE_DOCUMENTATION,
      "preprint", ComponentCatalog.PREPRINT,
      "paper", ComponentCatalog.PEER_REVIEWED_PAPER,
      "modelcard", ComponentCatalog.MODEL_CARD,
      "datasheet", ComponentCatalog.DATA_CARD);

  /** Opening up ChatGPT's dimensions (besides {@code license}) and the kinds that carry their grades. */
  private static final Map<String, ComponentKind> LEGACY_DIMENSIONS = ordered(
      "opencode", ComponentCatalog.TRAINING_CODE,
      "llmdata", ComponentCatalog.DATASETS,
      "llmweights", ComponentCatalog.BASE_MODEL_PARAMETERS,
      "rldata", ComponentCatalog.FINE_TUNING_DATA,
      "rlweights", ComponentCatalog.MODEL_PARAMETERS,
      "code", ComponentCatalog.CODE_DOCUMENTATION,
      "architecture", ComponentCatalog.ARCHITECTURE_DOCUMENTATION,
      "preprint", ComponentCatalog.PREPRINT,
      "paper", ComponentCatalog.PEER_REVIEWED_PAPER,
      "modelcard", ComponentCatalog.MODEL_CARD,
      "datasheet", ComponentCatalog.DATA_CARD,
      "package", ComponentCatalog.PACKAGED_RELEASE,
      "api", ComponentCatalog.API_ACCESS);

  /** The head of a current index file: lines 1 to 4. */
  private static final String SYSTEM = """
      system:
          name: Demo
      org:
          name: ACME
      """;

  /** The head of an Opening up ChatGPT file: lines 1 to 4. */
  private static final String PROJECT = """
      project:
          name: ChatDemo
      org:
          name: Lab
      """;

  private static Map<String, ComponentKind> ordered(Object... keysAndKinds) {
    Map<String, ComponentKind> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndKinds.length; i += 2) {
      m.put((String) keysAndKinds[i], (ComponentKind) keysAndKinds[i + 1]);
    }
    return m;
  }

  /** Every current parameter graded {@code open}, except the given ones: a file with nothing to report. */
  private static String currentGrades(String... except) {
    List<String> keys = new java.util.ArrayList<>(CURRENT.keySet());
    keys.add("licenses");
    return grades(keys, except);
  }

  /** Every Opening up ChatGPT dimension graded {@code open}, except the given ones. */
  private static String legacyGrades(String... except) {
    List<String> keys = new java.util.ArrayList<>(LEGACY_DIMENSIONS.keySet());
    keys.add("license");
    return grades(keys, except);
  }

  private static String grades(List<String> keys, String... except) {
    StringBuilder out = new StringBuilder();
    for (String key : keys) {
      if (!List.of(except).contains(key)) {
        out.append(key).append(":\n    class: open\n");
      }
    }
    return out.toString();
  }

  /** Reads text as a user does, through {@link Descriptions}, checking that no reader defect was caught there. */
  private static ReadResult read(String name, String text) {
    ReadResult result = Descriptions.read(name, text, ReadOptions.defaults());
    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("reader-failure");
    return result;
  }

  /** Reads a file that must be read in the given format without any diagnostic. */
  private static Release clean(String format, String text) {
    ReadResult result = read("model.yaml", text);
    assertThat(result.format()).contains(format);
    assertThat(result.diagnostics()).as(Diagnostics.render(result.diagnostics())).isEmpty();
    return result.release().orElseThrow();
  }

  /** The rendered diagnostics of a file read in the given format. */
  private static String diagnostics(String format, String name, String text) {
    ReadResult result = read(name, text);
    assertThat(result.format()).contains(format);
    return Diagnostics.render(result.diagnostics());
  }

  /** Detection from content. */
  @Nested
  class Detection {
    @Test
    void aCurrentIndexFileIsReadAsOne() {
      ReadResult result = read("model.yaml", SYSTEM + currentGrades());
      assertThat(result.format()).contains("osai-index");
      assertThat(result.ok()).isTrue();
    }

    @Test
    void aFileWithPackageOrApiIsOfTheFourteenParameterVersion() {
      assertThat(read("model.yaml", SYSTEM + "package:\n    class: open\n").format()).contains("osai-index-14");
      assertThat(read("model.yaml", SYSTEM + "api:\n    class: open\n").format()).contains("osai-index-14");
    }

    @Test
    void anOpeningUpChatGptFileIsReadAsOne() {
      ReadResult result = read("project.yaml", PROJECT + legacyGrades());
      assertThat(result.format()).contains("opening-up-chatgpt");
      assertThat(result.ok()).isTrue();
    }

    @Test
    void aCommentedHeaderAsTheIndexWritesItIsNoObstacle() {
      String text = "---\n# Thank you for contributing!\n# system: and org: below\n\n" + SYSTEM + currentGrades();
      assertThat(read("model.yaml", text).format()).contains("osai-index");
    }

    @Test
    void theReadersAreRegisteredAsServices() {
      assertThat(Descriptions.readers()).anyMatch(r -> r instanceof OsaiIndexReader)
          .anyMatch(r -> r instanceof OpeningUpChatGptReader);
      assertThat(INDEX.format()).isEqualTo("osai-index");
      assertThat(LEGACY.format()).isEqualTo("opening-up-chatgpt");
    }

    @Test
    void eachVersionIsTakenOnlyByItsOwnReader() {
      SourceText current = SourceText.of("model.yaml", SYSTEM + currentGrades());
      SourceText legacy = SourceText.of("project.yaml", PROJECT + legacyGrades());
      assertThat(INDEX.recognises(current)).isTrue();
      assertThat(LEGACY.recognises(current)).isFalse();
      assertThat(LEGACY.recognises(legacy)).isTrue();
      assertThat(INDEX.recognises(legacy)).isFalse();
    }

    @Test
    void aShadesFileIsNotTakenByThem() {
      String shades = """
          shades: 1
          name: Demo
          producer: ACME
          components:
            model-parameters:
              availability: open
              license: Apache-2.0
          """;
      for (DescriptionReader reader : List.of(INDEX, LEGACY)) {
        assertThat(reader.recognises(SourceText.of("demo.yaml", shades))).as(reader.format()).isFalse();
      }
      assertThat(read("demo.yaml", shades).format()).contains("shades");
      // A file with a top-level 'shades:' is Shades' own, even with the index's keys: Shades' errors, not the index's.
      ReadResult mixed = read("demo.yaml", "shades: 1\nname: Demo\nsystem:\n  name: Demo\norg:\n  name: ACME\n");
      assertThat(mixed.format()).contains("shades");
    }

    @Test
    void unrelatedYamlIsNotTakenByThem() {
      List<String> unrelated = List.of(
          "system:\n  kernel: linux\n  arch: x86_64\n",
          "org:\n  name: ACME\n",
          "deploy:\n  system:\n    name: Demo\n  org:\n    name: ACME\n",
          "project:\n  name: Demo\norg:\n  name: ACME\nlicense: MIT\nbuild: true\n");
      for (String text : unrelated) {
        for (DescriptionReader reader : List.of(INDEX, LEGACY)) {
          assertThat(reader.recognises(SourceText.of("other.yaml", text))).as(reader.format() + ": " + text).isFalse();
        }
        ReadResult result = read("other.yaml", text);
        assertThat(result.format()).as(text).isEmpty();
        assertThat(result.diagnostics()).hasSize(1);
        assertThat(result.diagnostics().get(0).headline())
            .startsWith("error: other.yaml:1:1: not a description Shades can read (it reads: ")
            .contains("European Open Source AI Index model files", "Opening up ChatGPT project files")
            .endsWith(" [unknown-format]");
      }
    }
  }

  /** What the files say, kept exactly: declared grades on components, licence text as written. */
  @Nested
  class KeepsWhatTheFileSays {
    @Test
    void eachDeclaredGradeIsAGradeOnItsComponentWithAvailabilityAndLicenceUnknown() {
      StringBuilder text = new StringBuilder(SYSTEM);
      List<Grade> cycle = List.of(Grade.OPEN, Grade.PARTIAL, Grade.CLOSED);
      int i = 0;
      for (String key : CURRENT.keySet()) {
        text.append(key).append(":\n    class: ").append(cycle.get(i++ % 3).id()).append('\n');
      }
      text.append("licenses:\n    class: partial\n    notes: Weights Apache-2.0, data undisclosed.\n");
      Release release = clean("osai-index", text.toString());
      i = 0;
      for (Map.Entry<String, ComponentKind> e : CURRENT.entrySet()) {
        Component c = release.stated(e.getValue().id()).orElseThrow();
        assertThat(c.grade()).as(e.getKey()).contains(cycle.get(i++ % 3));
        assertThat(c.availability()).as(e.getKey()).isEqualTo(Availability.UNKNOWN);
        assertThat(c.license()).as(e.getKey()).isEqualTo(LicenseStatement.inherit());
      }
      assertThat(release.components()).hasSize(11);
      // The licences parameter judges the whole project, so its grade is a release fact, not a component's.
      assertThat(release.facts().get(IndexFiles.LICENSES_GRADE)).contains(new Fact<>(new FactValue.Text("partial"),
          Optional.of("Weights Apache-2.0, data undisclosed."), List.of()));
    }

    @Test
    void theEndModelLicenceIsKeptExactlyAsWritten() {
      String text = """
          system:
              name: Demo
              endmodellicense: Apache 2.0
          org:
              name: ACME
          """ + currentGrades();
      Release release = clean("osai-index", text);
      assertThat(release.component(ComponentCatalog.MODEL_PARAMETERS).license())
          .isEqualTo(new LicenseStatement.Unrecognised("Apache 2.0"));
      assertThat(release.resolveLicense(ComponentCatalog.MODEL_PARAMETERS).explain())
          .isEqualTo("\"Apache 2.0\" (as written), stated on the component");
      assertThat(release.component(ComponentCatalog.TRAINING_CODE).license()).isEqualTo(LicenseStatement.inherit());
    }

    @Test
    void anEndModelLicenceOfUnknownStatesNothing() {
      for (String unknown : List.of("unknown", "Unknown", "unspecified")) {
        String text = "system:\n    name: Demo\n    endmodellicense: " + unknown + "\norg:\n    name: ACME\n"
            + currentGrades();
        Release release = clean("osai-index", text);
        assertThat(release.resolveLicense(ComponentCatalog.MODEL_PARAMETERS).isUnknown()).as(unknown).isTrue();
      }
    }

    @Test
    void anEndModelLicenceIsKeptWhenItsParameterIsMissing() {
      String text = "system:\n    name: Demo\n    endmodellicense: Llama 3 Community License\norg:\n    name: ACME\n"
          + currentGrades("weights_endmodel");
      ReadResult result = read("model.yaml", text);
      Component weights = result.release().orElseThrow().stated(ComponentCatalog.MODEL_PARAMETERS.id()).orElseThrow();
      assertThat(weights.license()).isEqualTo(new LicenseStatement.Unrecognised("Llama 3 Community License"));
      assertThat(weights.grade()).isEmpty();
    }

    @Test
    void linksAreEvidenceAndNotesAreNotes() {
      String text = SYSTEM + """
          weights_endmodel:
              class: open
              link: ["https://huggingface.co/acme/demo", "https://github.com/acme/demo"]
              notes: Weights on Hugging Face.
          trainingcode:
              class: closed
              link: https://github.com/acme/train
          modelcard:
              class: closed
              link:
              notes:
          """ + currentGrades("weights_endmodel", "trainingcode", "modelcard");
      Release release = clean("osai-index", text);
      Component weights = release.component(ComponentCatalog.MODEL_PARAMETERS);
      assertThat(weights.evidence()).containsExactly(
          new Evidence("https://huggingface.co/acme/demo", Optional.empty(), Optional.of("Weights on Hugging Face.")),
          new Evidence("https://github.com/acme/demo", Optional.empty(), Optional.of("Weights on Hugging Face.")));
      assertThat(weights.notes()).contains("Weights on Hugging Face.");
      assertThat(release.component(ComponentCatalog.TRAINING_CODE).evidence())
          .containsExactly(Evidence.of("https://github.com/acme/train"));
      assertThat(release.component(ComponentCatalog.MODEL_CARD).evidence()).isEmpty();
      assertThat(release.component(ComponentCatalog.MODEL_CARD).grade()).contains(Grade.CLOSED);
    }

    @Test
    void theSystemAndOrgBlocksAreRead() {
      String text = """
          system:
              name: Demo
              link: https://huggingface.co/acme/demo
              type: code
              performanceclass: limited
              basemodelname: Demo-Base
              endmodelname: Demo-Instruct
              releasedate: 2024-01
              notes: A coder model.
          org:
              name: ACME Labs
              link: https://acme.example
          """ + currentGrades();
      Release release = clean("osai-index", text);
      assertThat(release.name()).isEqualTo("Demo");
      assertThat(release.homepage()).contains("https://huggingface.co/acme/demo");
      assertThat(release.producer()).contains("ACME Labs");
      assertThat(release.modality()).contains(Modality.CODE);
      // The index records a month; it is read as the month's first day.
      assertThat(release.released()).contains(LocalDate.of(2024, 1, 1));
      assertThat(release.facts().get("base-model-name")).contains(Fact.of(new FactValue.Text("Demo-Base")));
      assertThat(release.facts().get("end-model-name")).contains(Fact.of(new FactValue.Text("Demo-Instruct")));
      assertThat(release.facts().get("performance-class")).contains(Fact.of(new FactValue.Text("limited")));
      assertThat(release.evidence()).extracting(Evidence::url)
          .containsExactly("https://huggingface.co/acme/demo", "https://acme.example");
    }

    @Test
    void aSystemOrOrgLinkMayBeAListAsInTheIndexsOwnFiles() {
      // As in the index's Pythia, Poro and DeepFloyd files: several organisations, several links.
      String text = """
          system:
              name: Demo
              link: ["https://huggingface.co/acme/demo", "https://github.com/acme/demo"]
          org:
              name: ACME Labs, Beta Corp
              link: ["https://acme.example", "https://beta.example"]
          """ + currentGrades();
      Release release = clean("osai-index", text);
      assertThat(release.homepage()).contains("https://huggingface.co/acme/demo");
      assertThat(release.evidence()).extracting(Evidence::url).containsExactly("https://huggingface.co/acme/demo",
          "https://github.com/acme/demo", "https://acme.example", "https://beta.example");
    }

    @Test
    void aMissingParameterIsNoComponentAndAWarning() {
      ReadResult result = read("model.yaml", SYSTEM + currentGrades("paper"));
      assertThat(Diagnostics.render(result.diagnostics())).isEqualTo("""
          warning: model.yaml:1:1: the file has no 'paper' (Paper); its grade is missing, which the index scores 0 \
          [missing-field]
            system:
            ^""");
      assertThat(result.release().orElseThrow().stated(ComponentCatalog.PEER_REVIEWED_PAPER.id())).isEmpty();
    }

    @Test
    void theFourteenParameterVersionAddsPackageAndApi() {
      String text = SYSTEM + """
          package:
              class: closed
          api:
              class: partial
              notes: An API, no meta prompts.
              metaprompt: closed
          """ + currentGrades();
      Release release = clean("osai-index-14", text);
      assertThat(release.component(ComponentCatalog.PACKAGED_RELEASE).grade()).contains(Grade.CLOSED);
      Component api = release.component(ComponentCatalog.API_ACCESS);
      assertThat(api.grade()).contains(Grade.PARTIAL);
      assertThat(api.notes()).contains("An API, no meta prompts. (metaprompt: closed)");
      assertThat(release.components()).hasSize(13);
    }

    @Test
    void eachOpeningUpChatGptDimensionIsAGradeOnItsComponent() {
      StringBuilder text = new StringBuilder("""
          project:
              name: ChatDemo
              link: https://github.com/lab/chatdemo
              llmbase: GLM (own)
              rlbase: Unspecified
              license: Apache 2.0
          org:
              name: Lab
          """);
      List<Grade> cycle = List.of(Grade.CLOSED, Grade.OPEN, Grade.PARTIAL);
      int i = 0;
      for (String key : LEGACY_DIMENSIONS.keySet()) {
        text.append(key).append(":\n    class: ").append(cycle.get(i++ % 3).id()).append('\n');
      }
      text.append("license:\n    class: closed\n");
      Release release = clean("opening-up-chatgpt", text.toString());
      i = 0;
      for (Map.Entry<String, ComponentKind> e : LEGACY_DIMENSIONS.entrySet()) {
        Component c = release.stated(e.getValue().id()).orElseThrow();
        assertThat(c.grade()).as(e.getKey()).contains(cycle.get(i++ % 3));
        assertThat(c.availability()).as(e.getKey()).isEqualTo(Availability.UNKNOWN);
      }
      assertThat(release.components()).hasSize(13);
      assertThat(release.name()).isEqualTo("ChatDemo");
      assertThat(release.producer()).contains("Lab");
      assertThat(release.homepage()).contains("https://github.com/lab/chatdemo");
      assertThat(release.facts().get(IndexFiles.LICENSES_GRADE)).contains(Fact.of(new FactValue.Text("closed")));
      // The project's licence text is kept as written, as a fact: the files do not say which part it covers.
      assertThat(release.facts().get("project-license")).contains(Fact.of(new FactValue.Text("Apache 2.0")));
      assertThat(release.facts().get("base-model-name")).contains(Fact.of(new FactValue.Text("GLM (own)")));
      assertThat(release.facts().get("fine-tuning-data-name")).isEmpty();
      assertThat(release.component(ComponentCatalog.MODEL_PARAMETERS).license()).isEqualTo(LicenseStatement.inherit());
    }
  }

  /** What the readers cannot read: precise diagnostics, never an exception. */
  @Nested
  class WhatTheyCannotRead {
    @Test
    void malformedYaml() {
      String text = """
          system:
              name: Demo
              notes: Weights: open
          org:
              name: ACME
          """;
      assertThat(diagnostics("osai-index", "bad.yaml", text)).isEqualTo("""
          error: bad.yaml:3:19: malformed YAML: mapping values are not allowed here [yaml-syntax]
                notes: Weights: open
                              ^""");
      String legacy = PROJECT + "llmweights:\n    class: open\n  notes: indented wrongly\n";
      assertThat(diagnostics("opening-up-chatgpt", "bad.yaml", legacy)).isEqualTo("""
          error: bad.yaml:7:3: malformed YAML: expected <block end>, but found '<block mapping start>' while parsing a \
          block mapping [yaml-syntax]
              notes: indented wrongly
              ^""");
    }

    @Test
    void aWrongTypeForAField() {
      String text = SYSTEM + """
          weights_endmodel:
              class: [open, partial]
          """ + currentGrades("weights_endmodel");
      assertThat(diagnostics("osai-index", "bad.yaml", text)).isEqualTo("""
          error: bad.yaml:6:12: the 'class' of 'weights_endmodel' must be a single value, found a list [wrong-type]
                class: [open, partial]
                       ^""");
      String link = SYSTEM + """
          weights_endmodel:
              class: open
              link: {url: https://huggingface.co/acme/demo}
          """ + currentGrades("weights_endmodel");
      assertThat(diagnostics("osai-index", "bad.yaml", link)).isEqualTo("""
          error: bad.yaml:7:11: the 'link' of 'weights_endmodel' must be a single value, found a mapping [wrong-type]
                link: {url: https://huggingface.co/acme/demo}
                      ^""");
    }

    @Test
    void blocksThatAreNotMappings() {
      assertThat(diagnostics("osai-index", "bad.yaml", "system: Demo\norg:\n    name: ACME\n" + currentGrades()))
          .isEqualTo("""
              error: bad.yaml:1:9: 'system' must be a mapping of keys to values, found text 'Demo' [wrong-type]
                system: Demo
                        ^~~~""");
      assertThat(diagnostics("osai-index", "bad.yaml", "system:\n    name: Demo\norg: [ACME]\n" + currentGrades()))
          .isEqualTo("""
              error: bad.yaml:3:6: 'org' must be a mapping of keys to values, found a list [wrong-type]
                org: [ACME]
                     ^""");
    }

    @Test
    void anUnknownGradeIsAWarningAndTheGradeIsLeftOut() {
      String text = SYSTEM + """
          weights_endmodel:
              class: opne
          trainingcode:
              class: Open
          """ + currentGrades("weights_endmodel", "trainingcode");
      ReadResult result = read("model.yaml", text);
      assertThat(Diagnostics.render(result.diagnostics())).isEqualTo("""
          warning: model.yaml:6:12: 'opne' is not a grade of the index (open, partial or closed); did you mean \
          'open'?; the grade of 'weights_endmodel' is left out, and the index scores it 0 [unknown-value]
                class: opne
                       ^~~~
          warning: model.yaml:8:12: 'Open' is not a grade of the index (open, partial or closed); did you mean \
          'open'?; the grade of 'trainingcode' is left out, and the index scores it 0 [unknown-value]
                class: Open
                       ^~~~""");
      Release release = result.release().orElseThrow();
      assertThat(release.component(ComponentCatalog.MODEL_PARAMETERS).grade()).isEmpty();
      assertThat(release.component(ComponentCatalog.TRAINING_CODE).grade()).isEmpty();

      String legacy = PROJECT + "llmweights:\n    class: half\n" + legacyGrades("llmweights");
      assertThat(diagnostics("opening-up-chatgpt", "project.yaml", legacy)).isEqualTo("""
          warning: project.yaml:6:12: 'half' is not a grade of the index (open, partial or closed); the grade of \
          'llmweights' is left out, and the index scores it 0 [unknown-value]
                class: half
                       ^~~~""");
    }

    @Test
    void anEmptyGradeIsAWarning() {
      String text = SYSTEM + "weights_endmodel:\n    class:\n    notes: not assessed yet\ndatasheet:\n"
          + currentGrades("weights_endmodel", "datasheet");
      assertThat(diagnostics("osai-index", "model.yaml", text)).isEqualTo("""
          warning: model.yaml:6:5: 'weights_endmodel' (End User Model Weights) has no 'class'; its grade is missing, \
          which the index scores 0 [missing-field]
                class:
                ^~~~~
          warning: model.yaml:8:1: 'datasheet' (Datasheet) is empty; its grade is missing, which the index scores 0 \
          [missing-field]
            datasheet:
            ^~~~~~~~~""");
    }

    @Test
    void aMissingName() {
      String text = "system:\n    link: https://huggingface.co/acme/demo\norg:\n    name: ACME\n" + currentGrades();
      assertThat(diagnostics("osai-index", "bad.yaml", text)).isEqualTo("""
          error: bad.yaml:2:5: 'system' needs 'name' [missing-field]
                link: https://huggingface.co/acme/demo
                ^""");
      String legacy = "project:\n    license: MIT\norg:\n    name: Lab\n" + legacyGrades();
      assertThat(diagnostics("opening-up-chatgpt", "bad.yaml", legacy)).isEqualTo("""
          error: bad.yaml:2:5: 'project' needs 'name' [missing-field]
                license: MIT
                ^""");
    }

    @Test
    void aNameOfTheWrongTypeIsReportedOnce() {
      String text = "system:\n    name: [Demo]\norg:\n    name: ACME\n" + currentGrades();
      assertThat(diagnostics("osai-index", "bad.yaml", text)).isEqualTo("""
          error: bad.yaml:2:11: 'name' must be a single value, found a list [wrong-type]
                name: [Demo]
                      ^""");
      String legacy = "project:\n    name: {en: ChatDemo}\norg:\n    name: Lab\n" + legacyGrades();
      assertThat(diagnostics("opening-up-chatgpt", "bad.yaml", legacy)).isEqualTo("""
          error: bad.yaml:2:11: 'name' must be a single value, found a mapping [wrong-type]
                name: {en: ChatDemo}
                      ^""");
    }

    @Test
    void unknownKeysAreWarnings() {
      String text = SYSTEM + "weights_endmodel:\n    class: open\n    notez: typo\n"
          + currentGrades("weights_endmodel");
      assertThat(diagnostics("osai-index", "model.yaml", text)).isEqualTo("""
          warning: model.yaml:7:5: unknown key 'notez' in 'weights_endmodel'; did you mean 'notes'?; it is left out \
          [unknown-field]
                notez: typo
                ^~~~~""");
    }

    @Test
    void aHugeFileIsRefusedByTheSharedLimit() {
      String huge = SYSTEM + "weights_endmodel:\n    class: open\n    notes: '"
          + "x".repeat((int) ReadOptions.DEFAULT_MAX_FILE_BYTES) + "'\n";
      ReadResult result = read("huge.yaml", huge);
      assertThat(result.ok()).isFalse();
      assertThat(Diagnostics.render(result.diagnostics()))
          .isEqualTo("error: huge.yaml:1:1: file is larger than the limit of 1048576 bytes [file-too-large]");
      ReadOptions small = ReadOptions.defaults().withMaxFileBytes(64);
      for (DescriptionReader reader : List.of(INDEX, LEGACY)) {
        String text = reader == INDEX ? SYSTEM + currentGrades() : PROJECT + legacyGrades();
        ReadResult direct = reader.read(SourceText.of("big.yaml", text), ReadContext.standalone(small));
        assertThat(direct.ok()).isFalse();
        assertThat(direct.diagnostics()).extracting(Diagnostic::headline).as(reader.format())
            .containsExactly("error: big.yaml:1:1: file is larger than the limit of 64 bytes [file-too-large]");
      }
    }

    @Test
    void deeplyNestedInputIsRefusedByTheSharedLimit() {
      String text = SYSTEM + "weights_endmodel:\n    class: open\n    link: " + "[".repeat(40) + "]".repeat(40) + "\n";
      assertThat(diagnostics("osai-index", "deep.yaml", text)).isEqualTo("""
          error: deep.yaml:7:41: nesting is deeper than the limit of 32 levels [nesting-too-deep]
                link: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
                                                    ^""");
    }

    @Test
    void anchorsAndAliasesAreRefused() {
      String text = SYSTEM + "weights_endmodel: &w\n    class: open\nweights_basemodel: *w\n";
      assertThat(diagnostics("osai-index", "alias.yaml", text)).isEqualTo("""
          error: alias.yaml:5:19: YAML anchors are not allowed in descriptions; write the value out [yaml-alias]
            weights_endmodel: &w
                              ^""");
    }

    @Test
    void noBadInputMakesTheReadersThrow() {
      List<String> index = List.of(
          "system:\n    name: Demo\n    notes: a: b\norg:\n",
          "system:\norg:\n",
          "system: [a]\norg: x\nweights_endmodel: open\n",
          "- system:\n    name: x\norg: y\n",
          SYSTEM + "weights_endmodel:\n    class: ~\n    link: [~, 3, [x], {a: b}, 'ftp://x']\n",
          SYSTEM + "licenses: [open]\napi:\n    class: {a: b}\n    metaprompt: [x]\n",
          "system:\n    name: Demo\n    releasedate: [2024]\n    type: 7\n    endmodellicense: {a: b}\n"
              + "org:\n    name: [x]\n",
          "system:\n    name: Demo\n    releasedate: 2024-02-30\norg:\n    link: [x]\n",
          SYSTEM + "? [a]\n: b\n",
          SYSTEM + "---\nsystem: {}\n");
      List<String> legacy = List.of(
          "project:\norg:\nllmweights:\n",
          "project: x\norg: y\nllmweights: z\n",
          "project:\n    name: Demo\n    llmbase: [x]\n    license: {a: b}\norg:\nllmweights:\n    class: [open]\n",
          PROJECT + "llmweights:\n    link: {a: b}\n  bad: indentation\n");
      ReadContext context = ReadContext.standalone(ReadOptions.defaults());
      for (String text : index) {
        noThrow(INDEX, text, context);
      }
      for (String text : legacy) {
        noThrow(LEGACY, text, context);
      }
    }

    private void noThrow(DescriptionReader reader, String text, ReadContext context) {
      assertThatCode(() -> {
        ReadResult result = reader.read(SourceText.of("bad.yaml", text), context);
        assertThat(result.diagnostics()).as(text).isNotEmpty();
        assertThat(result.diagnostics()).allMatch(d -> d.location().line() >= 1 && d.location().column() >= 1);
      }).as(reader.format() + ": " + text).doesNotThrowAnyException();
    }
  }
}
