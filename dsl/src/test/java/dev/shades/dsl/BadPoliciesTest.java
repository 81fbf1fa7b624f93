package dev.shades.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.PolicyCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One folder per case under {@code src/test/resources/policies/bad}: {@code policy.shade} and the exact diagnostics
 * it must produce, rendered, in {@code expected.txt}. {@code -Dshades.golden.update=true} rewrites the expected
 * files after a deliberate change (then review the diff).
 */
class BadPoliciesTest {
  private static final Path CASES = Path.of("src/test/resources/policies/bad");

  private static List<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(CASES)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBadPolicyGivesItsExactDiagnostics() throws IOException {
    return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      CompileResult result = PolicyCompiler.create().compile(dir.resolve("policy.shade"));
      String actual = Diagnostics.render(result.diagnostics()) + "\n";
      Path expected = dir.resolve("expected.txt");
      if (Boolean.getBoolean("shades.golden.update")) {
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
      assertThat(result.ok()).as("has errors").isFalse();
      assertThat(result.definitions()).isEmpty();
    }));
  }

  @Test
  void theCasesCoverAtLeastFortyDistinctSituationsAndEveryCheckerCode() throws IOException {
    Set<String> codes = new HashSet<>();
    for (Path dir : cases()) {
      PolicyCompiler.create().compile(dir.resolve("policy.shade")).diagnostics().stream()
          .map(Diagnostic::code).forEach(codes::add);
    }
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(codes).contains("missing-header", "unknown-language-version", "syntax-error", "unexpected-character",
        "nesting-too-deep", "too-many-errors", "unknown-component", "unknown-license", "unknown-trait",
        "unknown-license-set", "unknown-test", "unknown-value", "unknown-tier", "unknown-definition",
        "unknown-import", "import-cycle", "extends-cycle", "duplicate-name", "type-error", "license-set-cycle",
        "mixed-shapes", "no-verdict", "never-holds", "unreachable-tier", "shadowed-tier", "invalid-setting",
        "invalid-number", "unknown-requirement", "test-release", "invalid-expectation", "unknown-category",
        "unknown-warning", "malformed-license-expression", "missing-field");
  }
}
