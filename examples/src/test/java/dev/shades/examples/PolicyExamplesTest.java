package dev.shades.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.definition.Evaluator;
import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.Severity;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.CompiledDefinition;
import dev.shades.dsl.compile.PolicyCompiler;
import dev.shades.dsl.compile.PolicyTest;
import dev.shades.dsl.testing.PolicyTestRunner;
import dev.shades.dsl.testing.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The example policies in {@code examples/policies} compile cleanly, their test blocks pass, and the embedding
 * example {@link EvaluateWithPolicy} reports what they decide.
 */
class PolicyExamplesTest {
  static final Path POLICIES = Path.of("policies");
  static final Path RELEASES = Path.of("releases");
  private static final PolicyCompiler COMPILER = PolicyCompiler.create();
  private static List<Path> files;

  @BeforeAll
  static void list() throws IOException {
    try (Stream<Path> s = Files.list(POLICIES)) {
      files = s.filter(p -> p.toString().endsWith(".shade")).sorted().toList();
    }
  }

  @Test
  void thereAreAtLeastTheThreeDocumentedPolicies() {
    assertThat(files.stream().map(f -> f.getFileName().toString()))
        .contains("procurement.shade", "strict-osaid.shade", "our-score.shade");
  }

  /** (a) Every policy compiles with no error and no warning. */
  @TestFactory
  Stream<DynamicTest> everyPolicyCompilesWithoutErrorsOrWarnings() {
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      CompileResult r = COMPILER.compile(f);
      List<Diagnostic> serious = r.diagnostics().stream()
          .filter(d -> d.severity() == Severity.ERROR || d.severity() == Severity.WARNING).toList();
      assertThat(serious).as(Diagnostics.render(serious)).isEmpty();
      assertThat(r.definitions()).isNotEmpty();
    }));
  }

  /** Every definition is tested on bundled releases and on at least one release written in the policy. */
  @TestFactory
  Stream<DynamicTest> everyDefinitionHasFileAndInlineTests() {
    return files.stream().flatMap(f -> COMPILER.compile(f).definitions().stream()
        .map(d -> DynamicTest.dynamicTest(f.getFileName() + " / " + d.id(), () -> {
          assertThat(d.tests()).as("tests on bundled releases")
              .anyMatch(t -> t.releaseFile().isPresent());
          assertThat(d.tests()).as("tests on inline releases")
              .anyMatch(t -> t.inlineRelease().isPresent());
        })));
  }

  /** (b) Every test block of every policy passes; one dynamic test per block. */
  @TestFactory
  Stream<DynamicTest> everyTestBlockPasses() {
    PolicyTestRunner runner = new PolicyTestRunner();
    return files.stream().flatMap(f -> {
      CompileResult r = COMPILER.compile(f);
      if (!r.ok()) {
        return Stream.of(DynamicTest.dynamicTest(f.getFileName() + " compiles", () ->
            assertThat(r.diagnostics()).as(Diagnostics.render(r.diagnostics())).noneMatch(Diagnostic::isError)));
      }
      return r.definitions().stream().flatMap(d -> d.tests().stream().map(t -> dynamic(f, runner, d, t)));
    });
  }

  private static DynamicTest dynamic(Path file, PolicyTestRunner runner, CompiledDefinition d, PolicyTest t) {
    return DynamicTest.dynamicTest(file.getFileName() + " / " + d.id() + " / " + t.name(), () -> {
      TestResult result = runner.run(d, t);
      assertThat(result.passed()).as(result.describe()).isTrue();
    });
  }

  /** (c) The embedding example prints the verdict, every requirement and the facts behind it. */
  @Test
  void evaluateWithPolicyReportsVerdictRequirementsAndFacts() {
    EvaluateWithPolicy.Report report = EvaluateWithPolicy.evaluate(POLICIES.resolve("procurement.shade"),
        RELEASES.resolve("llama-3.1-8b.yaml"), Evaluator.withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));
    assertThat(report.exitCode()).as(report.text()).isEqualTo(EvaluateWithPolicy.OK);
    List<String> lines = report.text().lines().toList();
    assertThat(lines).contains(
        "definition acme-procurement 2025.1 (ACME procurement bar for third-party models)",
        "  verdict: failed",
        "  [violated] weights-obtainable: model-parameters availability in [open, gated]",
        "      fact: model-parameters availability: restricted → violated",
        "  [satisfied] weights-license: model-parameters license usable-weights");
    assertThat(lines).anyMatch(l -> l.startsWith("      fact: model-parameters license: "
        + "LicenseRef-scancode-llama-3.1-license-2024") && l.endsWith("→ violated"));
    assertThat(lines).contains("      remedy: remove the user threshold from the weights licence");
  }

  @Test
  void evaluateWithPolicyReportsTiersAndScores() {
    Evaluator evaluator = Evaluator.withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    String tiers = EvaluateWithPolicy.evaluate(POLICIES.resolve("ladder.shade"), RELEASES.resolve("olmo-7b.yaml"),
        evaluator).text();
    assertThat(tiers.lines()).contains("  verdict: Reproducible",
        "  tier Reproducible: satisfied, 100% of its requirements satisfied");
    String score = EvaluateWithPolicy.evaluate(POLICIES.resolve("our-score.shade"),
        RELEASES.resolve("pythia-6.9b.yaml"), evaluator).text();
    assertThat(score.lines()).contains("  verdict: 0.933", "  group Data: 0.750");
  }

  @Test
  void invalidInputGivesDiagnosticsAndExitStatus2(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path policy = dir.resolve("bad.shade");
    Files.writeString(policy, "shades 1\ndefinition x {\n  require model-paramters is open\n}\n");
    EvaluateWithPolicy.Report report = EvaluateWithPolicy.evaluate(policy, RELEASES.resolve("olmo-7b.yaml"),
        Evaluator.create());
    assertThat(report.exitCode()).isEqualTo(EvaluateWithPolicy.INVALID);
    assertThat(report.text()).contains("[unknown-component]", "did you mean 'model-parameters'");

    EvaluateWithPolicy.Report missing = EvaluateWithPolicy.evaluate(POLICIES.resolve("procurement.shade"),
        dir.resolve("missing.yaml"), Evaluator.create());
    assertThat(missing.exitCode()).isEqualTo(EvaluateWithPolicy.INVALID);
    assertThat(EvaluateWithPolicy.run("only-one-argument").exitCode()).isEqualTo(EvaluateWithPolicy.INVALID);
  }
}
