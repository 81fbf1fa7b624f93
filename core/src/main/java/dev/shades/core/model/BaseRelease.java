package dev.shades.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The release another one was derived from (its lineage).
 *
 * @param relation how the release was derived
 * @param release the base release as described
 * @param file the description file the base was read from, when it was not written inline
 */
public record BaseRelease(Relation relation, Release release, Optional<String> file) {
  /** Validates the base. */
  public BaseRelease {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(file, "file");
  }
}
