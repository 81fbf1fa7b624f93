package dev.shades.core.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named source text split into lines, so that diagnostics can quote the line they point at.
 */
public final class SourceText {
  private final String name;
  private final String text;
  private final int[] lineStarts;

  private SourceText(String name, String text) {
    this.name = Objects.requireNonNull(name, "name");
    this.text = Objects.requireNonNull(text, "text");
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A source text with a name (usually the path as the user gave it). */
  public static SourceText of(String name, String text) {
    return new SourceText(name, text);
  }

  /** A source text with no content, for diagnostics about a file that could not be read at all. */
  public static SourceText empty(String name) {
    return new SourceText(name, "");
  }

  /** The name diagnostics print. */
  public String name() {
    return name;
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** The text of a 1-based line without its line terminator, or empty when there is no such line. */
  public String line(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /** A location in this text. */
  public SourceLocation at(int line, int column) {
    return new SourceLocation(name, line, column);
  }
}
