package dev.shades.dsl.compile;

import dev.shades.core.diagnostic.SourceSpan;
import dev.shades.core.model.Release;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A {@code test} block of a policy: a release and what the definition must say about it.
 *
 * @param definitionId the definition under test
 * @param name the test's name
 * @param releaseFile the description file to read, resolved against the policy file
 * @param inlineRelease the release written in the test itself
 * @param expectations what the verdict and the requirements must be
 * @param span where the test is
 */
public record PolicyTest(
    String definitionId,
    String name,
    Optional<Path> releaseFile,
    Optional<Release> inlineRelease,
    List<Expectation> expectations,
    SourceSpan span) {

  /** Validates the test. */
  public PolicyTest {
    Objects.requireNonNull(definitionId, "definitionId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(releaseFile, "releaseFile");
    Objects.requireNonNull(inlineRelease, "inlineRelease");
    expectations = List.copyOf(expectations);
    Objects.requireNonNull(span, "span");
  }

  /**
   * One {@code expect} line.
   *
   * @param kind {@code passed}, {@code failed}, {@code undetermined}, {@code tier}, {@code score},
   *     {@code category}, {@code satisfied}, {@code violated}, {@code unknown}, {@code warning}
   * @param text the tier or category name; empty for {@code none}
   * @param number the expected score
   * @param names requirement ids, or the warning code
   * @param span where the line is
   */
  public record Expectation(
      String kind, Optional<String> text, OptionalDouble number, List<String> names, SourceSpan span) {
    /** Validates the expectation. */
    public Expectation {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(number, "number");
      names = List.copyOf(names);
      Objects.requireNonNull(span, "span");
    }

    /** How the expectation reads in the policy. */
    public String describe() {
      return switch (kind) {
        case "tier", "category" -> kind + " " + text.map(t -> "\"" + t + "\"").orElse("none");
        case "score" -> "score " + number.orElse(Double.NaN);
        case "satisfied", "violated", "unknown", "warning" -> kind + " " + String.join(", ", names);
        default -> kind;
      };
    }
  }
}
