package dev.shades.core.explain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The path from a release's verdict to the next one.
 *
 * @param current the current verdict, as {@link dev.shades.core.definition.Verdict#summary()} says it
 * @param target what the next verdict is: a tier's name, {@code passed}, a category's name, or {@code a higher
 *     score}; empty when the release already has the most open verdict
 * @param paths for tiers, yes/no and categories: the smallest sets of changes that reach the target, fewest changes
 *     first; for scores: single changes, the largest gain first
 * @param note why there is no path, when there is none
 */
public record NextVerdict(String current, Optional<String> target, List<ChangeSet> paths, Optional<String> note) {

  /** Validates and copies. */
  public NextVerdict {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(target, "target");
    paths = List.copyOf(paths);
    Objects.requireNonNull(note, "note");
  }

  /** Each path as one sentence, in order (what reports show). */
  public List<String> sentences() {
    return paths.stream().map(p -> p.describe() + " → " + p.reaches()).toList();
  }
}
