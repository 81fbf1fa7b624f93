package dev.shades.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A source of training data named in the training-data information, and where to get it.
 *
 * @param name the source's name, such as {@code Common Crawl}
 * @param location where to obtain it, if stated
 */
public record DataSource(String name, Optional<String> location) {
  /** Validates the source. */
  public DataSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
  }
}
