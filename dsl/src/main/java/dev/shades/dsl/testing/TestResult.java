package dev.shades.dsl.testing;

import dev.shades.core.definition.Evaluation;
import dev.shades.core.diagnostic.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one {@code test} block came out.
 *
 * @param definitionId the definition under test
 * @param name the test's name
 * @param failures what did not match, one line each; empty when the test passed
 * @param span where the test is
 * @param evaluation the evaluation the test checked, when the release could be read
 */
public record TestResult(
    String definitionId, String name, List<String> failures, SourceSpan span, Optional<Evaluation> evaluation) {
  /** Validates and copies. */
  public TestResult {
    Objects.requireNonNull(definitionId, "definitionId");
    Objects.requireNonNull(name, "name");
    failures = List.copyOf(failures);
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(evaluation, "evaluation");
  }

  /** True when every expectation held. */
  public boolean passed() {
    return failures.isEmpty();
  }

  /** A report line: {@code PASS our-bar / gated weights} or {@code FAIL ...: reason; reason}. */
  public String describe() {
    return (passed() ? "PASS " : "FAIL ") + definitionId + " / " + name
        + (passed() ? "" : " (" + span + "): " + String.join("; ", failures));
  }
}
