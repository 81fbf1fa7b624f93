package dev.shades.core.definition;

import java.util.Objects;
import java.util.Optional;

/**
 * A graded dimension of a score.
 *
 * @param id a stable id
 * @param name the name reports show
 * @param group the group it belongs to, if any
 * @param weight its weight in the weighted mean (positive)
 * @param value how its value (0..1 for grades, any number in general) is computed
 */
public record Dimension(String id, String name, Optional<String> group, double weight, Value value) {
  /** Validates the dimension. */
  public Dimension {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(value, "value");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("a dimension's weight is a positive number: " + weight);
    }
  }
}
