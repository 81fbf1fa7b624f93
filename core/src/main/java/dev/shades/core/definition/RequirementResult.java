package dev.shades.core.definition;

import dev.shades.core.diagnostic.SourceSpan;
import dev.shades.core.logic.Outcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one requirement came out on one release.
 *
 * @param id the requirement's id
 * @param tier the tier that declares it, for tiered definitions
 * @param outcome satisfied, violated or unknown
 * @param applies false when its {@code when} condition is violated (then it does not count)
 * @param test what the requirement tests, as the policy reads
 * @param facts the facts it used, with their values, provenance and evidence
 * @param because why the requirement exists
 * @param remedy what would satisfy it
 * @param span where the rule is in the policy file
 */
public record RequirementResult(
    String id,
    Optional<String> tier,
    Outcome outcome,
    boolean applies,
    String test,
    List<FactUse> facts,
    Optional<String> because,
    Optional<String> remedy,
    Optional<SourceSpan> span) {

  /** Validates the result. */
  public RequirementResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(test, "test");
    facts = List.copyOf(facts);
    Objects.requireNonNull(because, "because");
    Objects.requireNonNull(remedy, "remedy");
    Objects.requireNonNull(span, "span");
  }

  /** The facts whose test came out unknown: what would decide this requirement. */
  public List<FactUse> unknownFacts() {
    return facts.stream().filter(f -> f.outcome() == Outcome.UNKNOWN).toList();
  }

  /** A one-line message for reports. */
  public String message() {
    String head = switch (outcome) {
      case SATISFIED -> "satisfied";
      case VIOLATED -> "violated";
      case UNKNOWN -> "unknown";
    };
    return (applies ? head : "does not apply") + ": " + test + because.map(b -> " — " + b).orElse("");
  }
}
