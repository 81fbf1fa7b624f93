package dev.shades.core.definition;

import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Evidence;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact a rule used, what it was, where it came from, and how the test on it came out.
 *
 * @param subject what the fact is about: a component kind id, {@code fact <key>}, or {@code base}
 * @param aspect which fact: {@code availability}, {@code license}, {@code grade}, {@code completeness},
 *     {@code disclosure}, {@code value}, {@code presence}
 * @param value the fact's value as stated (or {@code unknown})
 * @param provenance where the value came from, when that is worth saying (a licence's origin)
 * @param outcome how the test on this fact came out
 * @param evidence the evidence the description gives for the fact
 */
public record FactUse(
    String subject,
    String aspect,
    String value,
    Optional<String> provenance,
    Outcome outcome,
    List<Evidence> evidence) {

  /** Validates the record. */
  public FactUse {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(outcome, "outcome");
    evidence = List.copyOf(evidence);
  }

  /** A one-line description: {@code training-code license: MIT, stated on the component → satisfied}. */
  public String describe() {
    return subject + " " + aspect + ": " + value + provenance.map(p -> " (" + p + ")").orElse("") + " → "
        + outcome.id();
  }
}
