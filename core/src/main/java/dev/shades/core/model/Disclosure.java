package dev.shades.core.model;

import java.util.List;
import java.util.Optional;

/** How far a sub-fact of training-data information is disclosed. */
public enum Disclosure {
  /** Disclosed in enough detail for a skilled person. */
  DISCLOSED,
  /** Partly disclosed. */
  PARTIAL,
  /** Not disclosed. */
  UNDISCLOSED,
  /** The source does not say. */
  UNKNOWN;

  /** The id used in descriptions and policies, e.g. {@code disclosed}. */
  public String id() {
    return Ids.of(this);
  }

  /** The constant with this id, if any. */
  public static Optional<Disclosure> fromId(String id) {
    return Ids.parse(Disclosure.class, id);
  }

  /** Every id, in declaration order (for messages and "did you mean" hints). */
  public static List<String> ids() {
    return Ids.all(Disclosure.class);
  }
}
