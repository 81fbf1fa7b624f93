package dev.shades.core.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A tier of a tiered definition: a name, the tier it extends (whose requirements it includes), and its own
 * requirements and warnings.
 *
 * @param name the tier's name, as reports show it
 * @param extendsTier the name of the tier whose requirements it includes, if any
 * @param requirements its own requirements
 * @param warnings its own warnings
 */
public record Tier(
    String name, Optional<String> extendsTier, List<Requirement> requirements, List<WarningRule> warnings) {
  /** Validates and copies. */
  public Tier {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(extendsTier, "extendsTier");
    requirements = List.copyOf(requirements);
    warnings = List.copyOf(warnings);
  }
}
