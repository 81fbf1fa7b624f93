package dev.shades.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.model.LicenseStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseReaderTest {
  private static final SourceText SOURCE = SourceText.of("f.yaml", "license: X");
  private final LicenseReader lenient = new LicenseReader(LicenseKnowledge.standard(), false);
  private final LicenseReader strict = new LicenseReader(LicenseKnowledge.standard(), true);

  private LicenseReader.Reading read(LicenseReader reader, String text) {
    return reader.read(text, SOURCE.at(1, 10), SOURCE);
  }

  private static List<String> headlines(LicenseReader.Reading r) {
    return r.diagnostics().stream().map(Diagnostic::headline).toList();
  }

  @Test
  void readsExpressionsAndNone() {
    assertThat(read(lenient, "MIT OR Apache-2.0").statement().describe()).isEqualTo("MIT OR Apache-2.0");
    assertThat(read(lenient, "none").statement()).isInstanceOf(LicenseStatement.NoLicense.class);
    assertThat(read(lenient, "NONE").statement()).isInstanceOf(LicenseStatement.NoLicense.class);
  }

  @Test
  void readsAliasesWithANoteAndStrictModeRefusesThem() {
    LicenseReader.Reading r = read(lenient, "Apache 2.0");
    assertThat(r.statement().describe()).isEqualTo("Apache-2.0");
    assertThat(headlines(r)).containsExactly(
        "note: f.yaml:1:10: licence 'Apache 2.0' read as 'Apache-2.0' [license-alias]");
    LicenseReader.Reading s = read(strict, "Apache 2.0");
    assertThat(s.hasErrors()).isTrue();
    assertThat(headlines(s)).containsExactly("error: f.yaml:1:10: 'Apache 2.0' is not a canonical licence id; "
        + "write 'Apache-2.0' (strict mode refuses aliases) [alias-refused]");
  }

  @Test
  void canonicalisesIdsInTheWrongCaseInsideExpressions() {
    LicenseReader.Reading r = read(lenient, "mit OR llama2");
    assertThat(r.statement().describe()).isEqualTo("MIT OR LicenseRef-scancode-llama-2-license-2023");
    assertThat(headlines(r)).containsExactly(
        "note: f.yaml:1:10: licence 'mit' read as 'MIT' [license-alias]",
        "note: f.yaml:1:17: licence 'llama2' read as 'LicenseRef-scancode-llama-2-license-2023' [license-alias]");
  }

  @Test
  void pointsAtUnknownIdsInsideTheExpression() {
    LicenseReader.Reading r = read(lenient, "MIT AND Apache-2.1 WITH LLVM-exceptoin");
    assertThat(r.statement()).isInstanceOf(LicenseStatement.Inherit.class);
    assertThat(headlines(r)).containsExactly(
        "error: f.yaml:1:18: unknown licence 'Apache-2.1'; did you mean 'Apache-1.1'? (licences not on the SPDX "
            + "list are written LicenseRef-…) [unknown-license]",
        "error: f.yaml:1:34: unknown licence exception 'LLVM-exceptoin'; did you mean 'LLVM-exception'? "
            + "[unknown-license-exception]");
  }

  @Test
  void warnsAboutDeprecatedIdsAndUnknownLicenseRefs() {
    assertThat(headlines(read(lenient, "GPL-3.0"))).containsExactly("warning: f.yaml:1:10: 'GPL-3.0' is "
        + "deprecated in the SPDX License List; use 'GPL-3.0-only' [deprecated-license]");
    LicenseReader.Reading r = read(lenient, "LicenseRef-acme");
    assertThat(r.hasErrors()).isFalse();
    assertThat(headlines(r)).containsExactly("warning: f.yaml:1:10: Shades knows nothing of 'LicenseRef-acme': "
        + "it is not OSI-approved and its other traits are unknown [license-without-traits]");
  }

  @Test
  void refusesSpellingsThatNameNoParticularLicence() {
    LicenseReader.Reading r = read(lenient, "other");
    assertThat(r.hasErrors()).isTrue();
    assertThat(headlines(r)).containsExactly("error: f.yaml:1:10: 'other' names no particular licence; write "
        + "LicenseRef-<name> for a custom licence, or leave 'license' out when it is unknown [unknown-license]");
  }

  @Test
  void anOrLaterAliasReadsAsTheOrLaterId() {
    assertThat(read(lenient, "GPLv3+ OR MIT").statement().describe()).isEqualTo("GPL-3.0-or-later OR MIT");
    LicenseReader.Reading r = read(lenient, "llama3.1+ OR MIT");
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::headline).containsExactly(
        "error: f.yaml:1:18: '+' cannot follow a LicenseRef ('llama3.1' reads as "
            + "'LicenseRef-scancode-llama-3.1-license-2024') [malformed-license-expression]");
  }

  @Test
  void pointsAtTheValueStartWhenColumnsAreNotExact() {
    LicenseReader.Reading r = reader().read("MIT OR Foo", SOURCE.at(1, 10), SOURCE, false);
    assertThat(headlines(r)).singleElement().asString().startsWith("error: f.yaml:1:10: unknown licence 'Foo'");
  }

  private LicenseReader reader() {
    return lenient;
  }

  @Test
  void pointsAtSyntaxErrorsInsideTheExpression() {
    assertThat(headlines(read(lenient, "MIT OR OR"))).containsExactly("error: f.yaml:1:17: malformed licence "
        + "expression 'MIT OR OR': expected a licence id, found 'OR' [malformed-license-expression]");
  }
}
