package dev.shades.core.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A warning given for a release. Warnings never change a verdict.
 *
 * @param code the warning rule's id
 * @param message what the warning says
 * @param tier the tier that declares it, if any
 * @param facts the facts behind it (those whose test came out violated)
 */
public record WarningResult(String code, String message, Optional<String> tier, List<FactUse> facts) {
  /** Validates the result. */
  public WarningResult {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(tier, "tier");
    facts = List.copyOf(facts);
  }
}
