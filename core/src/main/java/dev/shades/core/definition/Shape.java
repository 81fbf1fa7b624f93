package dev.shades.core.definition;

import java.util.List;
import java.util.Objects;

/** The shape of a definition's verdict. */
public sealed interface Shape {

  /**
   * Yes or no: passed when every requirement is satisfied.
   *
   * @param requirements the requirements
   */
  record Binary(List<Requirement> requirements) implements Shape {
    /** Copies the requirements. */
    public Binary {
      requirements = List.copyOf(requirements);
    }
  }

  /**
   * Ordered tiers, lowest first; a tier includes the requirements of the tier it extends.
   *
   * @param tiers the tiers, lowest first
   * @param progress how progress toward a tier is counted
   */
  record Tiers(List<Tier> tiers, Progress progress) implements Shape {
    /** Copies the tiers. */
    public Tiers {
      tiers = List.copyOf(tiers);
      Objects.requireNonNull(progress, "progress");
    }
  }

  /**
   * Dimensions totalled into a score, and each group's dimensions into a group score.
   *
   * @param dimensions the dimensions
   * @param total how the dimensions are totalled
   */
  record Score(List<Dimension> dimensions, Total total) implements Shape {
    /** Copies the dimensions. */
    public Score {
      dimensions = List.copyOf(dimensions);
      Objects.requireNonNull(total, "total");
    }

    /** A weighted mean of the dimensions. */
    public Score(List<Dimension> dimensions) {
      this(dimensions, Total.MEAN);
    }
  }

  /**
   * Categories on a spectrum, from the least to the most open.
   *
   * @param categories the categories, least open first
   */
  record Categories(List<Category> categories) implements Shape {
    /** Copies the categories. */
    public Categories {
      categories = List.copyOf(categories);
    }
  }

  /** How a score totals its dimensions (and a group its own). */
  enum Total {
    /** The weighted mean: the sum of weight × value over the sum of the weights. */
    MEAN,
    /** The weighted sum: the sum of weight × value. */
    SUM
  }

  /** How progress toward a tier is counted. */
  enum Progress {
    /** Satisfied requirements of the tier (with those it extends) over all of them. */
    CUMULATIVE,
    /** As cumulative, but 0 until the tier it extends is complete. */
    GATED
  }
}
