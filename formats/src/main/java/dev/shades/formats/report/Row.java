package dev.shades.formats.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One release's row of a report.
 *
 * @param release the release's name
 * @param source the path of its description, as given
 * @param producer who published it, if stated
 * @param cells one cell per definition, in the report's order of definitions
 */
public record Row(String release, String source, Optional<String> producer, List<Cell> cells) {
  /** Validates and copies. */
  public Row {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(producer, "producer");
    cells = List.copyOf(cells);
  }
}
