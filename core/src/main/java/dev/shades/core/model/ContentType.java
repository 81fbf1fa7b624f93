package dev.shades.core.model;

import java.util.List;
import java.util.Optional;

/** What a component is made of; licences are suited to some content types and not others. */
public enum ContentType {
  /** Source code. */
  CODE,
  /** Data, including model parameters. */
  DATA,
  /** Documents: cards, reports, papers. */
  DOCUMENT;

  /** The id used in descriptions and policies, e.g. {@code code}. */
  public String id() {
    return Ids.of(this);
  }

  /** The constant with this id, if any. */
  public static Optional<ContentType> fromId(String id) {
    return Ids.parse(ContentType.class, id);
  }

  /** Every id, in declaration order (for messages and "did you mean" hints). */
  public static List<String> ids() {
    return Ids.all(ContentType.class);
  }
}
