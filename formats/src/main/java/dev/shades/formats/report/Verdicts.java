package dev.shades.formats.report;

import dev.shades.core.definition.Interval;
import dev.shades.core.definition.Verdict;
import dev.shades.core.logic.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Short texts and ranks of verdicts, shared by every report writer. */
public final class Verdicts {
  private Verdicts() {}

  /**
   * The short text of a verdict in a report's cell: {@code passed}, {@code failed} or {@code undetermined} for yes
   * or no; the tier reached (or {@code none}) for tiers and the category (or {@code undetermined}, or {@code none}
   * when no category holds) for categories, each followed by {@code (+N undetermined)} when N more open levels hang
   * on unknown facts; for a score, {@code 0.583} or a range {@code 0.500–0.667} — three decimals on the 0..1 scale,
   * and at most three, without trailing zeros, on any other scale ({@code 9.5}).
   */
  public static String cellText(DefinitionInfo d, Verdict v) {
    if (v instanceof Verdict.Binary b) {
      return b.summary();
    } else if (v instanceof Verdict.Tiers t) {
      return t.tier().orElse("none") + more(t.undetermined());
    } else if (v instanceof Verdict.Score s) {
      Interval i = s.score();
      return i.isExact() ? number(d, i.low()) : number(d, i.low()) + "\u2013" + number(d, i.high());
    }
    Verdict.Category c = (Verdict.Category) v;
    if (c.category().isEmpty()) {
      return c.undetermined().isEmpty() ? "none" : "undetermined";
    }
    return c.category().get() + more(c.undetermined());
  }

  private static String more(List<String> undetermined) {
    return undetermined.isEmpty() ? "" : " (+" + undetermined.size() + " undetermined)";
  }

  /** A score on the definition's scale: three decimals on the 0..1 scale, else at most three. */
  static String number(DefinitionInfo d, double x) {
    if (d.scoreMax().orElse(1.0) == 1.0) {
      return String.format(Locale.ROOT, "%.3f", x);
    }
    BigDecimal rounded = BigDecimal.valueOf(x).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /** The highest score of a score definition, as the legend says it: {@code 1}, {@code 14}, {@code 4.5}. */
  static String scaleMax(DefinitionInfo d) {
    BigDecimal max = BigDecimal.valueOf(d.scoreMax().orElse(1.0)).setScale(3, RoundingMode.HALF_UP);
    return max.stripTrailingZeros().toPlainString();
  }

  /**
   * How open a verdict is, from 0 (least open) to 1 (most open), or NaN when nothing is known: yes 1, no 0,
   * undetermined 0.5; for tiers, (index of the tier reached + 1) / the number of tiers, no tier 0; for a score, its
   * lowest possible value over the highest score possible; for categories, the index of the category over the
   * number of categories − 1, no category holding 0, undetermined NaN. Levels that hang on unknowns do not count:
   * the rank is what the stated facts establish.
   */
  public static double rank(DefinitionInfo d, Verdict v) {
    if (v instanceof Verdict.Binary b) {
      return switch (b.outcome()) {
        case SATISFIED -> 1.0;
        case VIOLATED -> 0.0;
        case UNKNOWN -> 0.5;
      };
    } else if (v instanceof Verdict.Tiers t) {
      if (t.tier().isEmpty()) {
        return 0.0;
      }
      List<String> levels = levels(d, List.copyOf(t.outcomes().keySet()));
      int index = levels.indexOf(t.tier().get());
      return index < 0 ? 0.0 : (index + 1.0) / levels.size();
    } else if (v instanceof Verdict.Score s) {
      double max = d.scoreMax().orElse(1.0);
      return Math.max(0.0, Math.min(1.0, s.score().low() / max));
    }
    Verdict.Category c = (Verdict.Category) v;
    if (c.category().isEmpty()) {
      return c.undetermined().isEmpty() ? 0.0 : Double.NaN;
    }
    int index = d.levels().indexOf(c.category().get());
    if (index < 0) {
      return Double.NaN; // a category the definition does not list: nothing to place it by
    }
    return d.levels().size() == 1 ? 1.0 : (double) index / (d.levels().size() - 1);
  }

  /** The definition's levels, or the verdict's own when the definition lists none. */
  private static List<String> levels(DefinitionInfo d, List<String> own) {
    return d.levels().isEmpty() ? own : d.levels();
  }

  /** True when the verdict hangs at least partly on unknown facts. */
  static boolean open(Verdict v) {
    if (v instanceof Verdict.Binary b) {
      return b.outcome() == Outcome.UNKNOWN;
    } else if (v instanceof Verdict.Tiers t) {
      return !t.undetermined().isEmpty();
    } else if (v instanceof Verdict.Score s) {
      return !s.score().isExact();
    }
    return !((Verdict.Category) v).undetermined().isEmpty();
  }

  /** The colour band of a rank, as the terminal report and badges show it. */
  enum Band {
    /** Rank 2/3 or more. */
    OPEN,
    /** Rank 1/3 or more. */
    PARTLY,
    /** Rank under 1/3. */
    CLOSED,
    /** Rank NaN: nothing known. */
    UNKNOWN;

    static Band of(double rank) {
      if (Double.isNaN(rank)) {
        return UNKNOWN;
      }
      // A small margin: 2/3 and 1/3 computed as ratios must land in the upper band.
      return rank >= 2.0 / 3 - 1e-9 ? OPEN : rank >= 1.0 / 3 - 1e-9 ? PARTLY : CLOSED;
    }
  }
}
