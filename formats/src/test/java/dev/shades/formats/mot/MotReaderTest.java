package dev.shades.formats.mot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.model.Availability;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.Evidence;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadContext;
import dev.shades.core.read.ReadOptions;
import dev.shades.core.read.ReadResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a user relies on when Shades reads a Model Openness Tool file: the file is recognised from its content; what
 * it says is kept exactly (licence strings as written, an unlisted component as not released, {@code unlicensed} as
 * no licence that blocks inheritance, the global licence by content type and then {@code distribution}); and what
 * cannot be read gives a precise {@code file:line:col} diagnostic, never an exception. Every input is a small inline
 * file, so these tests do not need the shared data.
 */
class MotReaderTest {
  /** The first two lines of every Model Openness Tool file here. */
  private static final String FRAMEWORK = """
      framework:
        name: 'Model Openness Framework'
      """;

  private static final MotReader READER = new MotReader();

  /** Reads text as a user does, through {@link Descriptions}, checking that no reader defect was caught there. */
  private static ReadResult read(String name, String text) {
    ReadResult result = Descriptions.read(name, text, ReadOptions.defaults());
    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("reader-failure");
    return result;
  }

  /** Reads a file that must be read as a Model Openness Tool file without errors. */
  private static Release release(String text) {
    ReadResult result = read("model.yml", text);
    assertThat(result.format()).contains("mot");
    assertThat(result.ok()).as(Diagnostics.render(result.diagnostics())).isTrue();
    return result.release().orElseThrow();
  }

  /** The rendered diagnostics of a file that is read as a Model Openness Tool file. */
  private static String diagnostics(String name, String text) {
    ReadResult result = read(name, text);
    assertThat(result.format()).contains("mot");
    return Diagnostics.render(result.diagnostics());
  }

  /** A release whose components are the given YAML list items (indented by four spaces in the file). */
  private static String withComponents(String items) {
    return FRAMEWORK + """
        release:
          name: Demo
          components:
        """ + items.indent(4);
  }

  /** Detection from content. */
  @Nested
  class Detection {
    @Test
    void aModelOpennessToolFileIsReadAsOne() {
      ReadResult result = read("model.yml", FRAMEWORK + "release:\n  name: Demo\n");
      assertThat(result.format()).contains("mot");
      assertThat(result.ok()).isTrue();
      assertThat(result.release().orElseThrow().name()).isEqualTo("Demo");
    }

    @Test
    void theFrameworkNameIsRecognisedQuotedOrNot() {
      for (String name : List.of("Model Openness Framework", "'Model Openness Framework'",
          "\"Model Openness Framework\"")) {
        String text = "framework:\n  name: " + name + "\n  version: '1.0'\nrelease:\n  name: Demo\n";
        assertThat(READER.recognises(SourceText.of("model.yml", text))).as(name).isTrue();
        assertThat(read("model.yml", text).format()).as(name).contains("mot");
      }
    }

    @Test
    void theReaderIsRegisteredAsAService() {
      assertThat(Descriptions.readers()).anyMatch(r -> r instanceof MotReader);
      assertThat(READER.format()).isEqualTo("mot");
    }

    @Test
    void aShadesFileIsNotTakenByIt() {
      String shades = """
          shades: 1
          name: Model Openness Framework demo
          components:
            model-parameters:
              availability: open
              license: Apache-2.0
          """;
      assertThat(READER.recognises(SourceText.of("demo.yaml", shades))).isFalse();
      ReadResult result = read("demo.yaml", shades);
      assertThat(result.format()).contains("shades");
      assertThat(result.ok()).isTrue();
    }

    @Test
    void unrelatedYamlIsNotTakenByIt() {
      List<String> unrelated = List.of(
          "name: build\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n",
          "framework:\n  name: Django\n  version: '5.0'\nrelease:\n  name: Demo\n",
          "notes: scored with the Model Openness Framework\nrelease:\n  name: Demo\n");
      for (String text : unrelated) {
        assertThat(READER.recognises(SourceText.of("other.yml", text))).as(text).isFalse();
        ReadResult result = read("other.yml", text);
        assertThat(result.format()).as(text).isEmpty();
        assertThat(result.diagnostics()).hasSize(1);
        assertThat(result.diagnostics().get(0).headline())
            .startsWith("error: other.yml:1:1: not a description Shades can read (it reads: ")
            .contains("Model Openness Tool descriptions (framework.name: Model Openness Framework)")
            .endsWith(" [unknown-format]");
      }
    }
  }

  /** What the file says, kept exactly. */
  @Nested
  class KeepsWhatTheFileSays {
    @Test
    void theReleaseMetadataIsRead() {
      Release release = release(FRAMEWORK + """
          release:
            name: Demo
            version: 7B
            date: '2025-05-22'
            producer: ACME Labs
            repository: 'https://github.com/acme/demo'
            components:
              - name: 'Model parameters (Final)'
                component_path: 'https://huggingface.co/acme/demo'
                license_path: 'https://huggingface.co/acme/demo/blob/main/LICENSE'
          """);
      assertThat(release.name()).isEqualTo("Demo");
      assertThat(release.version()).contains("7B");
      assertThat(release.producer()).contains("ACME Labs");
      assertThat(release.released()).contains(LocalDate.of(2025, 5, 22));
      assertThat(release.homepage()).contains("https://github.com/acme/demo");
      var weights = release.component(ComponentCatalog.MODEL_PARAMETERS);
      assertThat(weights.locations()).containsExactly("https://huggingface.co/acme/demo");
      assertThat(weights.evidence()).containsExactly(new Evidence("https://huggingface.co/acme/demo/blob/main/LICENSE",
          Optional.empty(), Optional.of("licence path given in the Model Openness Tool file")));
    }

    @Test
    void componentLicencesAreKeptExactlyAsWrittenNeverNormalised() {
      Release release = release(withComponents("""
          - name: 'Model parameters (Final)'
            license: 'Apache 2.0'
          - name: 'Training code'
            license: Apache-2.0
          - name: 'Inference code'
            license: 'MIT OR Apache-2.0'
          - name: 'Model card'
            license: llama3.1
          - name: 'Evaluation code'
            license: 1.10
          """));
      assertThat(release.component(ComponentCatalog.MODEL_PARAMETERS).license())
          .isEqualTo(new LicenseStatement.Unrecognised("Apache 2.0"));
      assertThat(release.component(ComponentCatalog.TRAINING_CODE).license())
          .isEqualTo(new LicenseStatement.Unrecognised("Apache-2.0"));
      assertThat(release.component(ComponentCatalog.INFERENCE_CODE).license())
          .isEqualTo(new LicenseStatement.Unrecognised("MIT OR Apache-2.0"));
      assertThat(release.component(ComponentCatalog.MODEL_CARD).license())
          .isEqualTo(new LicenseStatement.Unrecognised("llama3.1"));
      // A YAML number is kept as the characters written, not as the number they denote (1.1).
      assertThat(release.component(ComponentCatalog.EVALUATION_CODE).license())
          .isEqualTo(new LicenseStatement.Unrecognised("1.10"));
      assertThat(release.resolveLicense(ComponentCatalog.MODEL_PARAMETERS).explain())
          .isEqualTo("\"Apache 2.0\" (as written), stated on the component");
    }

    @Test
    void theGlobalLicenceIsKeptExactlyAsWritten() {
      Release release = release(FRAMEWORK + """
          release:
            name: Demo
            license:
              distribution:
                name: 'Apache 2.0'
                path: ''
          """);
      assertThat(release.licenses().all()).isEqualTo(new LicenseStatement.Unrecognised("Apache 2.0"));
      assertThat(release.licenses().byContentType()).isEmpty();
    }

    @Test
    void aListedComponentIsReleasedAndAnUnlistedOneIsNotReleased() {
      Release release = release(withComponents("- name: 'Model architecture'\n"));
      assertThat(release.component(ComponentCatalog.MODEL_ARCHITECTURE).availability()).isEqualTo(Availability.OPEN);
      var weights = release.component(ComponentCatalog.MODEL_PARAMETERS);
      assertThat(weights.availability()).isEqualTo(Availability.NOT_RELEASED);
      assertThat(weights.notes()).contains("not listed in the Model Openness Tool file");
      // Every one of the framework's 17 components is stated, listed or not ...
      assertThat(release.components().keySet())
          .containsExactlyElementsOf(MotReader.COMPONENTS.values().stream().map(ComponentKind::id).toList());
      assertThat(release.components()).hasSize(17);
      // ... and a kind the framework does not have stays unknown, not "not released".
      assertThat(release.stated(ComponentCatalog.TRAINING_DATA_INFORMATION.id())).isEmpty();
      assertThat(release.component(ComponentCatalog.TRAINING_DATA_INFORMATION).availability())
          .isEqualTo(Availability.UNKNOWN);
    }

    @Test
    void everyComponentNameOfTheToolIsUnderstood() {
      StringBuilder items = new StringBuilder();
      MotReader.COMPONENTS.keySet().forEach(name -> items.append("- name: '").append(name).append("'\n"));
      Release release = release(withComponents(items.toString()));
      assertThat(release.components().values()).allMatch(c -> c.availability() == Availability.OPEN);
    }

    @Test
    void unlicensedOnAComponentMeansNoLicenceAndBlocksInheritance() {
      Release release = release(FRAMEWORK + """
          release:
            name: Demo
            license:
              distribution:
                name: Apache-2.0
              code:
                name: MIT
            components:
              - name: 'Training code'
                license: unlicensed
          """);
      assertThat(release.component(ComponentCatalog.TRAINING_CODE).license()).isEqualTo(LicenseStatement.none());
      assertThat(release.resolveLicense(ComponentCatalog.TRAINING_CODE).explain())
          .isEqualTo("no licence, stated on the component");
    }

    @Test
    void theEarlierLicenceKeyIsReadAsTheLicenceWithOneNote() {
      String text = FRAMEWORK + """
          release:
            name: Amber2
            components:
              - name: 'Model architecture'
                location: 'https://github.com/LLM360/amber-train'
                license_name: Apache-2.0
                license_path: ''
              - name: 'Model metadata'
                location: ''
                license_name: 'Component not included'
              - name: 'Model card'
                license: CC-BY-4.0
                license_name: MIT
          """;
      Release release = release(text);
      assertThat(release.resolveLicense(ComponentCatalog.MODEL_ARCHITECTURE).explain())
          .isEqualTo("\"Apache-2.0\" (as written), stated on the component");
      assertThat(release.component(ComponentCatalog.MODEL_ARCHITECTURE).locations())
          .containsExactly("https://github.com/LLM360/amber-train");
      // Kept as written, as every licence string of the format is.
      assertThat(release.component(ComponentCatalog.MODEL_METADATA).license())
          .isEqualTo(new LicenseStatement.Unrecognised("Component not included"));
      // The current key wins when a file has both.
      assertThat(release.component(ComponentCatalog.MODEL_CARD).license())
          .isEqualTo(new LicenseStatement.Unrecognised("CC-BY-4.0"));
      assertThat(diagnostics("model.yml", text)).isEqualTo("note: model.yml:8:7: 'license_name' is the tool's "
          + "earlier name for a component's 'license' (files before December 2024); read as the licence, here and "
          + "below [legacy-field]\n"
          + "        license_name: Apache-2.0\n"
          + "        ^~~~~~~~~~~~");
    }

    @Test
    void unlicensedAsAGlobalLicenceMeansNoLicenceForThatContentType() {
      Release release = release(FRAMEWORK + """
          release:
            name: Demo
            license:
              distribution:
                name: Apache-2.0
              data:
                name: unlicensed
            components:
              - name: Datasets
              - name: 'Model card'
          """);
      assertThat(release.licenses().forType(ComponentCatalog.DATASETS.contentType()))
          .isEqualTo(LicenseStatement.none());
      assertThat(release.resolveLicense(ComponentCatalog.DATASETS).explain())
          .isEqualTo("no licence, inherited from the release default for data");
      assertThat(release.resolveLicense(ComponentCatalog.MODEL_CARD).explain())
          .isEqualTo("\"Apache-2.0\" (as written), inherited from the release-wide default");
    }

    @Test
    void unlicensedAsTheDistributionLicenceMeansNoLicenceForEverything() {
      Release release = release(FRAMEWORK + """
          release:
            name: Demo
            license:
              distribution:
                name: unlicensed
            components:
              - name: 'Inference code'
          """);
      assertThat(release.licenses().all()).isEqualTo(LicenseStatement.none());
      assertThat(release.resolveLicense(ComponentCatalog.INFERENCE_CODE).explain())
          .isEqualTo("no licence, inherited from the release-wide default");
    }

    @Test
    void withNoLicenceAnywhereAComponentHasNoneNotAnUnknownOne() {
      Release release = release(withComponents("""
          - name: 'Inference code'
          """));
      assertThat(release.licenses().all()).isEqualTo(LicenseStatement.none());
      assertThat(release.resolveLicense(ComponentCatalog.INFERENCE_CODE).statement())
          .isEqualTo(LicenseStatement.none());
    }

    @Test
    void onlyTheExactLiteralUnlicensedMeansNoLicence() {
      Release release = release(withComponents("""
          - name: 'Training code'
            license: Unlicensed
          - name: 'Inference code'
            license: Unlicense
          """));
      assertThat(release.component(ComponentCatalog.TRAINING_CODE).license())
          .isEqualTo(new LicenseStatement.Unrecognised("Unlicensed"));
      // The Unlicense is a licence (a public-domain dedication), not the absence of one.
      assertThat(release.component(ComponentCatalog.INFERENCE_CODE).license())
          .isEqualTo(new LicenseStatement.Unrecognised("Unlicense"));
    }

    @Test
    void theGlobalLicenceGoesByContentTypeThenDistribution() {
      Release release = release(FRAMEWORK + """
          release:
            name: Demo
            license:
              distribution:
                name: 'Apache 2.0'
              code:
                name: MIT
              document:
                name: CC-BY-4.0
            components:
              - name: 'Training code'
              - name: 'Model card'
              - name: Datasets
              - name: 'Model parameters (Final)'
                license: ''
              - name: 'Inference code'
                license: BSD-3-Clause
          """);
      assertThat(release.resolveLicense(ComponentCatalog.TRAINING_CODE).explain())
          .isEqualTo("\"MIT\" (as written), inherited from the release default for code");
      assertThat(release.resolveLicense(ComponentCatalog.MODEL_CARD).explain())
          .isEqualTo("\"CC-BY-4.0\" (as written), inherited from the release default for document");
      assertThat(release.resolveLicense(ComponentCatalog.DATASETS).explain())
          .isEqualTo("\"Apache 2.0\" (as written), inherited from the release-wide default");
      // An empty licence field says nothing: the component inherits.
      assertThat(release.resolveLicense(ComponentCatalog.MODEL_PARAMETERS).explain())
          .isEqualTo("\"Apache 2.0\" (as written), inherited from the release-wide default");
      // The component's own licence comes first.
      assertThat(release.resolveLicense(ComponentCatalog.INFERENCE_CODE).explain())
          .isEqualTo("\"BSD-3-Clause\" (as written), stated on the component");
    }

    @Test
    void anEmptyGlobalLicenceForAContentTypeFallsBackToDistribution() {
      Release release = release(FRAMEWORK + """
          release:
            name: Demo
            license:
              distribution:
                name: MIT
              code:
                name: ''
                path: ''
              document:
                name:
            components:
              - name: 'Training code'
              - name: 'Model card'
          """);
      assertThat(release.licenses().byContentType()).isEmpty();
      assertThat(release.resolveLicense(ComponentCatalog.TRAINING_CODE).explain())
          .isEqualTo("\"MIT\" (as written), inherited from the release-wide default");
      assertThat(release.resolveLicense(ComponentCatalog.MODEL_CARD).explain())
          .isEqualTo("\"MIT\" (as written), inherited from the release-wide default");
    }
  }

  /** What the reader cannot read: precise diagnostics, never an exception. */
  @Nested
  class WhatItCannotRead {
    @Test
    void malformedYaml() {
      String text = FRAMEWORK + """
          release:
            name: Demo
            components: [Datasets}
          """;
      assertThat(diagnostics("bad.yml", text)).isEqualTo("""
          error: bad.yml:5:24: malformed YAML: expected ',' or ']', but got } while parsing a flow sequence \
          [yaml-syntax]
              components: [Datasets}
                                   ^""");
    }

    @Test
    void aWrongTypeForAField() {
      String text = withComponents("""
          - name: Datasets
            license: [MIT, Apache-2.0]
          """);
      assertThat(diagnostics("bad.yml", text)).isEqualTo("""
          error: bad.yml:7:16: a component's 'license' must be a single value, found a list [wrong-type]
                  license: [MIT, Apache-2.0]
                           ^""");
    }

    @Test
    void aReleaseThatIsNotAMapping() {
      assertThat(diagnostics("bad.yml", FRAMEWORK + "release: Demo 7B\n")).isEqualTo("""
          error: bad.yml:3:10: 'release' must be a mapping of keys to values, found text 'Demo 7B' [wrong-type]
            release: Demo 7B
                     ^~~~~~~""");
    }

    @Test
    void aComponentThatIsNotAMapping() {
      assertThat(diagnostics("bad.yml", withComponents("- Datasets\n"))).isEqualTo("""
          error: bad.yml:6:7: a component must be a mapping of keys to values, found text 'Datasets' [wrong-type]
                - Datasets
                  ^~~~~~~~""");
    }

    @Test
    void aNameOfTheWrongTypeIsReportedOnce() {
      assertThat(diagnostics("bad.yml", withComponents("- name: [Datasets]\n"))).isEqualTo("""
          error: bad.yml:6:13: 'name' must be a single value, found a list [wrong-type]
                - name: [Datasets]
                        ^""");
      assertThat(diagnostics("bad.yml", FRAMEWORK + "release:\n  name: {en: Demo}\n")).isEqualTo("""
          error: bad.yml:4:9: 'name' must be a single value, found a mapping [wrong-type]
              name: {en: Demo}
                    ^""");
    }

    @Test
    void anUnknownComponentNameIsAWarningAndTheComponentIsLeftOut() {
      ReadResult result = read("model.yml", withComponents("- name: 'Model paramters (Final)'\n"));
      assertThat(Diagnostics.render(result.diagnostics())).isEqualTo("""
          warning: model.yml:6:13: 'Model paramters (Final)' is not one of the Model Openness Framework's 17 \
          components; did you mean 'Model parameters (Final)'?; it is left out [unknown-component]
                - name: 'Model paramters (Final)'
                        ^~~~~~~~~~~~~~~~~~~~~~~~~""");
      assertThat(result.ok()).isTrue();
      assertThat(result.release().orElseThrow().component(ComponentCatalog.MODEL_PARAMETERS).availability())
          .isEqualTo(Availability.NOT_RELEASED);
    }

    @Test
    void aComponentListedTwiceIsAWarningAndTheFirstIsKept() {
      ReadResult result = read("model.yml", withComponents("""
          - name: Datasets
            license: MIT
          - name: Datasets
            license: CC0-1.0
          """));
      assertThat(Diagnostics.render(result.diagnostics())).isEqualTo("""
          warning: model.yml:8:13: component 'Datasets' is listed twice; the first is kept [duplicate-key]
                - name: Datasets
                        ^~~~~~~~""");
      assertThat(result.release().orElseThrow().component(ComponentCatalog.DATASETS).license())
          .isEqualTo(new LicenseStatement.Unrecognised("MIT"));
    }

    @Test
    void aMissingReleaseName() {
      String text = FRAMEWORK + """
          release:
            version: 7B
            components: []
          """;
      assertThat(diagnostics("bad.yml", text)).isEqualTo("""
          error: bad.yml:4:3: 'release' needs 'name' [missing-field]
              version: 7B
              ^""");
    }

    @Test
    void aComponentWithoutAName() {
      assertThat(diagnostics("bad.yml", withComponents("- license: MIT\n"))).isEqualTo("""
          error: bad.yml:6:7: a component needs 'name' [missing-field]
                - license: MIT
                  ^""");
    }

    @Test
    void aMissingRelease() {
      assertThat(diagnostics("bad.yml", FRAMEWORK)).isEqualTo("""
          error: bad.yml:1:1: a Model Openness Tool file needs 'release' [missing-field]
            framework:
            ^""");
    }

    @Test
    void anInvalidDateIsAWarningAndLeftOut() {
      ReadResult result = read("model.yml", FRAMEWORK + "release:\n  name: Demo\n  date: '2025-13-01'\n");
      assertThat(Diagnostics.render(result.diagnostics())).isEqualTo("""
          warning: model.yml:5:9: '2025-13-01' is not a date (YYYY-MM-DD); the release date is left out [invalid-date]
              date: '2025-13-01'
                    ^~~~~~~~~~~~""");
      assertThat(result.release().orElseThrow().released()).isEmpty();
    }

    @Test
    void aHugeFileIsRefusedByTheSharedLimit() {
      String huge = FRAMEWORK + "release:\n  name: Demo\n  notes: '"
          + "x".repeat((int) ReadOptions.DEFAULT_MAX_FILE_BYTES) + "'\n";
      ReadResult result = read("huge.yml", huge);
      assertThat(result.ok()).isFalse();
      assertThat(Diagnostics.render(result.diagnostics()))
          .isEqualTo("error: huge.yml:1:1: file is larger than the limit of 1048576 bytes [file-too-large]");
    }

    @Test
    void aFileOverALowerLimitIsRefusedByTheReaderToo() {
      String text = FRAMEWORK + "release:\n  name: Demo\n  notes: '" + "x".repeat(200) + "'\n";
      ReadResult result = READER.read(SourceText.of("big.yml", text),
          ReadContext.standalone(ReadOptions.defaults().withMaxFileBytes(100)));
      assertThat(result.ok()).isFalse();
      assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("file-too-large");
      assertThat(result.diagnostics().get(0).headline())
          .isEqualTo("error: big.yml:1:1: file is larger than the limit of 100 bytes [file-too-large]");
    }

    @Test
    void deeplyNestedInputIsRefusedByTheSharedLimit() {
      String text = withComponents("- name: Datasets\n  license: " + "[".repeat(40) + "]".repeat(40) + "\n");
      assertThat(diagnostics("deep.yml", text)).isEqualTo("""
          error: deep.yml:7:44: nesting is deeper than the limit of 32 levels [nesting-too-deep]
                  license: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
                                                       ^""");
    }

    @Test
    void anchorsAndAliasesAreRefused() {
      String text = FRAMEWORK + """
          release: &r
            name: Demo
          copy: *r
          """;
      assertThat(diagnostics("alias.yml", text)).isEqualTo("""
          error: alias.yml:3:10: YAML anchors are not allowed in descriptions; write the value out [yaml-alias]
            release: &r
                     ^""");
    }

    @Test
    void noBadInputMakesTheReaderThrow() {
      List<String> bad = List.of(
          FRAMEWORK + "release:\n  name: Demo\n  components: [Datasets}\n",
          FRAMEWORK + "release: Demo\n",
          FRAMEWORK + "release:\n",
          FRAMEWORK,
          "- framework:\n    name: Model Openness Framework\n",
          FRAMEWORK + "release:\n  name: Demo\n  license: Apache-2.0\n  components: {a: b}\n",
          FRAMEWORK + "release:\n  name: Demo\n  license:\n    distribution: [x]\n    code: {name: [x]}\n",
          withComponents("- ~\n- []\n- name: ~\n- name: 17\n  license: {x: y}\n  component_path: [z]\n"),
          FRAMEWORK + "release:\n  name: Demo\n---\nrelease: {}\n",
          FRAMEWORK + "release:\n\tname: Demo\n",
          FRAMEWORK + "? [a, b]\n: c\nrelease:\n  name: Demo\n  [x]: y\n");
      ReadContext context = ReadContext.standalone(ReadOptions.defaults());
      for (String text : bad) {
        assertThatCode(() -> {
          ReadResult result = READER.read(SourceText.of("bad.yml", text), context);
          assertThat(result.diagnostics()).as(text).isNotEmpty();
          assertThat(result.diagnostics()).allMatch(d -> d.location().line() >= 1 && d.location().column() >= 1);
        }).as(text).doesNotThrowAnyException();
      }
    }
  }
}
