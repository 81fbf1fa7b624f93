package dev.shades.core.definition;

import dev.shades.core.diagnostic.SourceSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * A requirement of a definition.
 *
 * @param id a stable id, given in the policy or derived from what it tests; reports and tests refer to it
 * @param condition what must hold
 * @param applies when the requirement applies at all (empty: always); a requirement that does not apply is left
 *     out of the verdict and of progress
 * @param because why the requirement exists, for reports
 * @param remedy what would satisfy it, for reports
 * @param span where the rule is in the policy file (empty for definitions built in Java)
 */
public record Requirement(
    String id,
    Condition condition,
    Optional<Condition> applies,
    Optional<String> because,
    Optional<String> remedy,
    Optional<SourceSpan> span) {

  /** Validates the requirement. */
  public Requirement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(applies, "applies");
    Objects.requireNonNull(because, "because");
    Objects.requireNonNull(remedy, "remedy");
    Objects.requireNonNull(span, "span");
  }

  /** A requirement with only an id and a condition. */
  public static Requirement of(String id, Condition condition) {
    return new Requirement(id, condition, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This requirement with a reason. */
  public Requirement because(String text) {
    return new Requirement(id, condition, applies, Optional.of(text), remedy, span);
  }

  /** This requirement with a remedy. */
  public Requirement remedy(String text) {
    return new Requirement(id, condition, applies, because, Optional.of(text), span);
  }

  /** This requirement, applying only when a condition holds. */
  public Requirement when(Condition condition) {
    return new Requirement(id, this.condition, Optional.of(condition), because, remedy, span);
  }
}
