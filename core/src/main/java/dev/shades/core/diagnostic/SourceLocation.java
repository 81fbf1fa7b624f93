package dev.shades.core.diagnostic;

import java.util.Objects;

/**
 * A place in a source text: the file (as the user named it), a 1-based line and a 1-based column.
 *
 * @param file the file name or path as given by the user, or a label such as {@code <inline>}
 * @param line the 1-based line number
 * @param column the 1-based column number, counted in characters
 */
public record SourceLocation(String file, int line, int column) {

  /** Validates the location. */
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, used for problems with the file as a whole. */
  public static SourceLocation startOf(String file) {
    return new SourceLocation(file, 1, 1);
  }

  /** This location moved right by {@code columns} characters on the same line. */
  public SourceLocation shiftedBy(int columns) {
    return new SourceLocation(file, line, column + columns);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
