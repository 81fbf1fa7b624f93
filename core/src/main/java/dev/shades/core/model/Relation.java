package dev.shades.core.model;

import java.util.List;
import java.util.Optional;

/** How a release was derived from its base release. */
public enum Relation {
  /** Further training of the base parameters. */
  FINE_TUNE,
  /** An adapter (such as LoRA) applied on top of the base parameters. */
  ADAPTER,
  /** The base parameters at lower precision. */
  QUANTISATION,
  /** A merge of the base parameters with others. */
  MERGE;

  /** The id used in descriptions and policies, e.g. {@code fine-tune}. */
  public String id() {
    return Ids.of(this);
  }

  /** The constant with this id, if any. */
  public static Optional<Relation> fromId(String id) {
    return Ids.parse(Relation.class, id);
  }

  /** Every id, in declaration order (for messages and "did you mean" hints). */
  public static List<String> ids() {
    return Ids.all(Relation.class);
  }
}
