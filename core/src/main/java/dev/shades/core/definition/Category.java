package dev.shades.core.definition;

import java.util.Objects;
import java.util.Optional;

/**
 * A category on a spectrum.
 *
 * @param name the category's name
 * @param condition when a release belongs to it
 * @param description what the category means, for reports
 */
public record Category(String name, Condition condition, Optional<String> description) {
  /** Validates the category. */
  public Category {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(description, "description");
  }
}
