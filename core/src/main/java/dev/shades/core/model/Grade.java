package dev.shades.core.model;

import java.util.List;
import java.util.Optional;

/** A grade a grader declared for a component or parameter, as the European Open Source AI Index records them. */
public enum Grade {
  /** Open: scores 1. */
  OPEN(1.0),
  /** Partially open: scores 0.5. */
  PARTIAL(0.5),
  /** Closed: scores 0. */
  CLOSED(0.0);

  private final double points;

  Grade(double points) {
    this.points = points;
  }

  /** The points the grade is worth on the 0..1 scale: open 1, partial 0.5, closed 0. */
  public double points() {
    return points;
  }

  /** The id used in descriptions and policies, e.g. {@code partial}. */
  public String id() {
    return Ids.of(this);
  }

  /** The constant with this id, if any. */
  public static Optional<Grade> fromId(String id) {
    return Ids.parse(Grade.class, id);
  }

  /** Every id, in declaration order. */
  public static List<String> ids() {
    return Ids.all(Grade.class);
  }
}
