package dev.shades.core.model;

import java.util.List;
import java.util.Optional;

/** How a component is available. A component a source does not mention is {@link #UNKNOWN}, never {@link #NOT_RELEASED}. */
public enum Availability {
  /** Anyone can download it, with no gate. */
  OPEN,
  /** Public after registering or accepting terms. */
  GATED,
  /** Given on request, after the publisher approves. */
  RESTRICTED,
  /** Usable only through an API or a hosted service. */
  HOSTED,
  /** The publisher has not released it. */
  NOT_RELEASED,
  /** The source does not say. */
  UNKNOWN;

  /** The id used in descriptions and policies, e.g. {@code not-released}. */
  public String id() {
    return Ids.of(this);
  }

  /** The constant with this id, if any. */
  public static Optional<Availability> fromId(String id) {
    return Ids.parse(Availability.class, id);
  }

  /** Every id, in declaration order (for messages and "did you mean" hints). */
  public static List<String> ids() {
    return Ids.all(Availability.class);
  }
}
