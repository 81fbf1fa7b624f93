package dev.shades.core.definition;

/** How a definition treats facts its source does not state. */
public enum UnknownPolicy {
  /** Unknown stays unknown: verdicts that hang on it are undetermined (the default). */
  KEEP,
  /**
   * Unknown counts against the release: an unknown availability reads as not released, an unknown licence as no
   * licence, a missing grade as closed (0). For definitions whose source says so, such as the Model Openness
   * Tool (an unlisted component is missing) and the European index (a missing grade scores 0).
   */
  AS_VIOLATED
}
