package dev.shades.core.model;

import java.util.List;
import java.util.Optional;

/** The main modality of a release. */
public enum Modality {
  /** Text in, text out. */
  TEXT,
  /** Images. */
  IMAGE,
  /** Speech and audio. */
  AUDIO,
  /** Video. */
  VIDEO,
  /** Source code. */
  CODE,
  /** More than one modality. */
  MULTIMODAL;

  /** The id used in descriptions and policies, e.g. {@code multimodal}. */
  public String id() {
    return Ids.of(this);
  }

  /** The constant with this id, if any. */
  public static Optional<Modality> fromId(String id) {
    return Ids.parse(Modality.class, id);
  }

  /** Every id, in declaration order (for messages and "did you mean" hints). */
  public static List<String> ids() {
    return Ids.all(Modality.class);
  }
}
