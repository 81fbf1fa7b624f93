package dev.shades.core.diagnostic;

import java.util.Objects;

/**
 * A stretch of source text: where a rule of a policy file starts and ends.
 *
 * @param file the file as the user named it
 * @param line the 1-based line of the first character
 * @param column the 1-based column of the first character
 * @param endLine the 1-based line of the last character
 * @param endColumn the 1-based column just after the last character
 */
public record SourceSpan(String file, int line, int column, int endLine, int endColumn) {
  /** Validates the span. */
  public SourceSpan {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1 || endLine < line) {
      throw new IllegalArgumentException("bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }

  /** Where the span starts. */
  public SourceLocation start() {
    return new SourceLocation(file, line, column);
  }

  /** How many characters a caret should underline: the span's width on its first line. */
  public int width() {
    return endLine == line ? Math.max(1, endColumn - column) : 1;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
