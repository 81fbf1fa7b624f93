package dev.shades.core.model;

import java.util.List;
import java.util.Optional;

/** Whether a released component is complete. */
public enum Completeness {
  /** All of it is released. */
  FULL,
  /** Only part of it is released. */
  PARTIAL;

  /** The id used in descriptions and policies, e.g. {@code partial}. */
  public String id() {
    return Ids.of(this);
  }

  /** The constant with this id, if any. */
  public static Optional<Completeness> fromId(String id) {
    return Ids.parse(Completeness.class, id);
  }

  /** Every id, in declaration order (for messages and "did you mean" hints). */
  public static List<String> ids() {
    return Ids.all(Completeness.class);
  }
}
