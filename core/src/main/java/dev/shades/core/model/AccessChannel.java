package dev.shades.core.model;

import java.util.List;
import java.util.Optional;

/** A way the public can reach a model (a release fact). */
public enum AccessChannel {
  /** No public access at all. */
  NONE,
  /** A product interface such as a chat application. */
  HOSTED_INTERFACE,
  /** A programmatic API. */
  API,
  /** Downloadable weights. */
  DOWNLOAD;

  /** The id used in descriptions and policies, e.g. {@code hosted-interface}. */
  public String id() {
    return Ids.of(this);
  }

  /** The constant with this id, if any. */
  public static Optional<AccessChannel> fromId(String id) {
    return Ids.parse(AccessChannel.class, id);
  }

  /** Every id, in declaration order (for messages and "did you mean" hints). */
  public static List<String> ids() {
    return Ids.all(AccessChannel.class);
  }
}
