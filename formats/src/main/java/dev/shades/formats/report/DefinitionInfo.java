package dev.shades.formats.report;

import dev.shades.core.definition.Category;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Dimension;
import dev.shades.core.definition.Shape;
import dev.shades.core.definition.Tier;
import dev.shades.core.definition.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a report says about a definition.
 *
 * @param id the definition's id
 * @param title its title
 * @param version the version of the definition it encodes
 * @param source where it is published, if stated
 * @param sourceHash the hash of its policy text
 * @param kind the shape of its verdict: {@code binary}, {@code tiers}, {@code score} or {@code category}
 * @param levels tier names lowest first, or category names least open first; empty for binary and score
 * @param scoreMax for a score, the highest score possible; empty otherwise
 */
public record DefinitionInfo(
    String id,
    String title,
    String version,
    Optional<String> source,
    String sourceHash,
    String kind,
    List<String> levels,
    Optional<Double> scoreMax) {

  private static final Set<String> KINDS = Set.of("binary", "tiers", "score", "category");

  /** Validates and copies. */
  public DefinitionInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceHash, "sourceHash");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown kind '" + kind + "'; expected one of binary, tiers, score, category");
    }
    levels = List.copyOf(levels);
    Objects.requireNonNull(scoreMax, "scoreMax");
    scoreMax.ifPresent(m -> {
      if (!(m > 0) || m.isInfinite()) {
        throw new IllegalArgumentException("scoreMax must be a positive number: " + m);
      }
    });
  }

  /** What a report says about this definition. */
  public static DefinitionInfo of(Definition d) {
    Shape shape = d.shape();
    String kind;
    List<String> levels = List.of();
    Optional<Double> max = Optional.empty();
    if (shape instanceof Shape.Binary) {
      kind = "binary";
    } else if (shape instanceof Shape.Tiers t) {
      kind = "tiers";
      levels = t.tiers().stream().map(Tier::name).toList();
    } else if (shape instanceof Shape.Score s) {
      kind = "score";
      max = Optional.of(scoreMax(s));
    } else {
      kind = "category";
      levels = ((Shape.Categories) shape).categories().stream()
          .map(Category::name).toList();
    }
    return new DefinitionInfo(d.id(), d.title(), d.version(), d.source(), d.sourceHash(), kind, levels, max);
  }

  /**
   * The highest score possible: a dimension counts at most 1 (the grade scale), or more when its value can exceed
   * 1; the mean of those ceilings by weight, or their weighted sum for {@code score sum}.
   */
  private static double scoreMax(Shape.Score s) {
    double weights = 0;
    double sum = 0;
    for (Dimension dim : s.dimensions()) {
      weights += dim.weight();
      sum += dim.weight() * Math.max(1.0, highest(dim.value()));
    }
    if (weights == 0) {
      return 1.0; // no dimension: the score is 0 of an arbitrary scale; 1 keeps ranks defined
    }
    return s.total() == Shape.Total.SUM ? sum : sum / weights;
  }

  private static double highest(Value v) {
    if (v instanceof Value.Constant c) {
      return c.value();
    } else if (v instanceof Value.Choice c) {
      double max = c.otherwise();
      for (Value.Case k : c.cases()) {
        max = Math.max(max, k.value());
      }
      return max;
    }
    return 1.0; // a declared grade: open is 1
  }
}
