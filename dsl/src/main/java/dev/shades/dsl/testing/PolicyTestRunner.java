package dev.shades.dsl.testing;

import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Verdict;
import dev.shades.core.definition.WarningResult;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import dev.shades.dsl.compile.CompiledDefinition;
import dev.shades.dsl.compile.PolicyTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the {@code test} blocks of compiled definitions. Release files are read with {@link Descriptions}, so any
 * format whose reader is on the class path may be used.
 */
public final class PolicyTestRunner {
  /** Scores match when they agree to this precision. */
  public static final double SCORE_TOLERANCE = 0.0005;

  private final Evaluator evaluator = Evaluator.withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

  /**
   * Compiles a policy file and runs its test blocks. A policy that does not compile gives one failed result per
   * error, so that a JUnit {@code @TestFactory} over this method shows the errors:
   *
   * <pre>{@code
   * @TestFactory
   * Stream<DynamicTest> policyTests() {
   *   return new PolicyTestRunner().run(Path.of("policies/ours.shade")).stream()
   *       .map(t -> DynamicTest.dynamicTest(t.name(), () -> assertTrue(t.passed(), t.describe())));
   * }
   * }</pre>
   */
  public List<TestResult> run(java.nio.file.Path policyFile) {
    dev.shades.dsl.compile.CompileResult compiled = dev.shades.dsl.compile.PolicyCompiler.create()
        .compile(policyFile);
    if (!compiled.ok()) {
      List<TestResult> out = new ArrayList<>();
      compiled.diagnostics().stream().filter(dev.shades.core.diagnostic.Diagnostic::isError).forEach(d ->
          out.add(new TestResult("-", "policy compiles", List.of(d.headline()),
              new dev.shades.core.diagnostic.SourceSpan(d.location().file(), d.location().line(),
                  d.location().column(), d.location().line(), d.location().column() + 1), Optional.empty())));
      return out;
    }
    return run(compiled.definitions());
  }

  /** Runs every test of these definitions, in order. */
  public List<TestResult> run(List<CompiledDefinition> definitions) {
    List<TestResult> out = new ArrayList<>();
    for (CompiledDefinition d : definitions) {
      for (PolicyTest t : d.tests()) {
        out.add(run(d, t));
      }
    }
    return out;
  }

  /** Runs one test. */
  public TestResult run(CompiledDefinition definition, PolicyTest test) {
    Optional<Release> release = test.inlineRelease();
    if (release.isEmpty()) {
      ReadResult read = Descriptions.read(test.releaseFile().orElseThrow());
      if (!read.ok()) {
        return new TestResult(test.definitionId(), test.name(), List.of("the release file cannot be read: "
            + read.errors().get(0).headline()), test.span(), Optional.empty());
      }
      release = read.release();
    }
    Evaluation e = evaluator.evaluate(definition.definition(), release.get());
    List<String> failures = new ArrayList<>();
    for (PolicyTest.Expectation x : test.expectations()) {
      check(x, e).ifPresent(failures::add);
    }
    return new TestResult(test.definitionId(), test.name(), failures, test.span(), Optional.of(e));
  }

  private static Optional<String> check(PolicyTest.Expectation x, Evaluation e) {
    Verdict v = e.verdict();
    String line = "line " + x.span().line() + ": expected " + x.describe() + ", ";
    switch (x.kind()) {
      case "passed", "failed", "undetermined" -> {
        return v.summary().equals(x.kind()) ? Optional.empty() : Optional.of(line + "got " + v.summary()
            + because(e));
      }
      case "tier" -> {
        Optional<String> tier = ((Verdict.Tiers) v).tier();
        return tier.equals(x.text()) ? Optional.empty()
            : Optional.of(line + "got " + tier.map(t -> "\"" + t + "\"").orElse("none") + because(e));
      }
      case "category" -> {
        Optional<String> cat = ((Verdict.Category) v).category();
        return cat.equals(x.text()) ? Optional.empty()
            : Optional.of(line + "got " + cat.map(t -> "\"" + t + "\"").orElse("none"));
      }
      case "score" -> {
        Verdict.Score s = (Verdict.Score) v;
        double want = x.number().orElseThrow();
        boolean ok = s.score().isExact() && Math.abs(s.score().low() - want) <= SCORE_TOLERANCE;
        return ok ? Optional.empty() : Optional.of(line + "got " + s.summary());
      }
      case "warning" -> {
        String code = x.names().get(0);
        return e.warnings().stream().map(WarningResult::code).anyMatch(code::equals) ? Optional.empty()
            : Optional.of(line + "no such warning was given");
      }
      default -> {
        Outcome want = Outcome.valueOf(x.kind().toUpperCase(Locale.ROOT));
        List<String> wrong = new ArrayList<>();
        for (String id : x.names()) {
          Optional<RequirementResult> r = e.requirement(id);
          if (r.isEmpty() || r.get().outcome() != want || !r.get().applies()) {
            wrong.add(id + " is " + r.map(x2 -> x2.applies() ? x2.outcome().id() : "not applicable")
                .orElse("missing"));
          }
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of(line + "but " + String.join(", ", wrong));
      }
    }
  }

  /** The requirements that decided a verdict, for failure messages. */
  private static String because(Evaluation e) {
    List<String> deciding = new ArrayList<>();
    for (RequirementResult r : e.requirements()) {
      if (r.applies() && r.outcome() != Outcome.SATISFIED) {
        deciding.add(r.id() + " " + r.outcome().id());
      }
    }
    return deciding.isEmpty() ? "" : " (" + String.join(", ", deciding) + ")";
  }
}
