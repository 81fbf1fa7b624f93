package dev.shades.core.definition;

import dev.shades.core.logic.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The verdict of a definition on a release, in the definition's shape. */
public sealed interface Verdict {

  /** The kind as the JSON form names it: {@code binary}, {@code tiers}, {@code score}, {@code category}. */
  String kind();

  /** A one-line summary, such as {@code passed}, {@code Class II - Open Tooling Model}, {@code 0.625}. */
  String summary();

  /**
   * Passed, failed or undetermined.
   *
   * @param outcome satisfied (passed), violated (failed) or unknown (undetermined)
   */
  record Binary(Outcome outcome) implements Verdict {
    /** Validates the outcome. */
    public Binary {
      Objects.requireNonNull(outcome, "outcome");
    }

    /** True when passed, false when failed, empty when undetermined. */
    public Optional<Boolean> passed() {
      return outcome == Outcome.UNKNOWN ? Optional.empty() : Optional.of(outcome == Outcome.SATISFIED);
    }

    @Override
    public String kind() {
      return "binary";
    }

    @Override
    public String summary() {
      return switch (outcome) {
        case SATISFIED -> "passed";
        case VIOLATED -> "failed";
        case UNKNOWN -> "undetermined";
      };
    }
  }

  /**
   * The highest tier certainly reached, the tiers that hang on unknowns, and progress toward each.
   *
   * @param tier the highest tier certainly reached, if any
   * @param undetermined tiers above it whose outcome hangs on unknown facts
   * @param progress per tier, lowest first: percent 0..100 of its requirements satisfied
   * @param outcomes per tier, lowest first: whether it is reached
   */
  record Tiers(
      Optional<String> tier, List<String> undetermined, Map<String, Double> progress,
      Map<String, Outcome> outcomes) implements Verdict {
    /** Copies the parts, keeping order. */
    public Tiers {
      Objects.requireNonNull(tier, "tier");
      undetermined = List.copyOf(undetermined);
      // Keeps order; the evaluator's own immutable maps are not copied.
      progress = progress instanceof NamedValues ? progress : com.google.common.collect.ImmutableMap.copyOf(progress);
      outcomes = outcomes instanceof NamedValues ? outcomes : com.google.common.collect.ImmutableMap.copyOf(outcomes);
    }

    @Override
    public String kind() {
      return "tiers";
    }

    @Override
    public String summary() {
      return tier.orElse("no tier") + (undetermined.isEmpty() ? "" : " (undetermined: "
          + String.join(", ", undetermined) + ")");
    }
  }

  /**
   * A weighted mean of graded dimensions.
   *
   * @param score the score, as an interval when unknowns leave it open
   * @param groups per group, in order: the mean of its dimensions
   * @param dimensions per dimension id, in order: its value
   */
  record Score(Interval score, Map<String, Interval> groups, Map<String, Interval> dimensions) implements Verdict {
    /** Copies the parts, keeping order. */
    public Score {
      Objects.requireNonNull(score, "score");
      groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
      dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
    }

    @Override
    public String kind() {
      return "score";
    }

    @Override
    public String summary() {
      return score.isExact() ? format(score.low()) : format(score.low()) + " to " + format(score.high());
    }

    private static String format(double d) {
      return String.format(java.util.Locale.ROOT, "%.3f", d);
    }
  }

  /**
   * A category on a spectrum.
   *
   * @param category the most open category certainly reached, if any
   * @param undetermined more open categories whose condition hangs on unknown facts
   */
  record Category(Optional<String> category, List<String> undetermined) implements Verdict {
    /** Copies the parts. */
    public Category {
      Objects.requireNonNull(category, "category");
      undetermined = List.copyOf(undetermined);
    }

    @Override
    public String kind() {
      return "category";
    }

    @Override
    public String summary() {
      return category.orElse("none") + (undetermined.isEmpty() ? "" : " (undetermined: "
          + String.join(", ", undetermined) + ")");
    }
  }
}
