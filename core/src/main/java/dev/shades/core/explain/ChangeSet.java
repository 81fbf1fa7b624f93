package dev.shades.core.explain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of changes made together, and the verdict they lead to.
 *
 * @param changes the changes, in the definition's component order
 * @param reaches the verdict the changed release gets, as {@link dev.shades.core.definition.Verdict#summary()} says it
 * @param scoreGain for scores: how much the lower bound of the score rises
 */
public record ChangeSet(List<Change> changes, String reaches, Optional<Double> scoreGain) {

  /** Validates and copies. */
  public ChangeSet {
    changes = List.copyOf(changes);
    Objects.requireNonNull(reaches, "reaches");
    Objects.requireNonNull(scoreGain, "scoreGain");
  }

  /** The changes in one sentence, joined by "and". */
  public String describe() {
    return String.join("; and ", changes.stream().map(Change::description).toList());
  }
}
