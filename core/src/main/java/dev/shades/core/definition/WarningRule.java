package dev.shades.core.definition;

import dev.shades.core.diagnostic.SourceSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * A warning a definition gives when a condition is violated. Warnings never change a verdict.
 *
 * @param id a stable id (the warning's code in reports)
 * @param condition what should hold; the warning is given when it is violated
 * @param message what the warning says
 * @param span where the rule is in the policy file
 */
public record WarningRule(String id, Condition condition, String message, Optional<SourceSpan> span) {
  /** Validates the warning. */
  public WarningRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
  }
}
