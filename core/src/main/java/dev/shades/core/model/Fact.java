package dev.shades.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stated fact with its value, an optional note (for example why a release counts as monetised) and its evidence.
 *
 * @param <T> the value's type
 * @param value the value
 * @param note a note on the value, if any
 * @param evidence where the value comes from
 */
public record Fact<T>(T value, Optional<String> note, List<Evidence> evidence) {

  /** Validates the fact and copies the evidence. */
  public Fact {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(note, "note");
    evidence = List.copyOf(evidence);
  }

  /** A fact with no note and no evidence. */
  public static <T> Fact<T> of(T value) {
    return new Fact<>(value, Optional.empty(), List.of());
  }
}
