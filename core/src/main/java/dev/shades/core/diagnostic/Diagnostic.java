package dev.shades.core.diagnostic;

import java.util.Objects;

/**
 * One problem found in a user's input, printed as {@code severity: file:line:col: message [code]} followed by
 * the source line and a caret under the column.
 *
 * @param severity how serious the problem is
 * @param code a stable kebab-case code, such as {@code unknown-component}, that tools and tests may rely on
 * @param message what is wrong, in one sentence without a trailing period
 * @param location where the problem is
 * @param sourceLine the text of the source line at {@code location}, or empty when the source is not at hand
 * @param length how many characters the caret underlines (at least 1)
 */
public record Diagnostic(
    Severity severity, String code, String message, SourceLocation location, String sourceLine, int length) {

  /** Validates the diagnostic. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(sourceLine, "sourceLine");
    length = Math.max(1, length);
  }

  /** An error at a location, with the source line when the text is known. */
  public static Diagnostic error(String code, String message, SourceLocation location, SourceText source) {
    return of(Severity.ERROR, code, message, location, source, 1);
  }

  /** A diagnostic of any severity, underlining {@code length} characters. */
  public static Diagnostic of(
      Severity severity,
      String code,
      String message,
      SourceLocation location,
      SourceText source,
      int length) {
    return new Diagnostic(severity, code, message, location, source.line(location.line()), length);
  }

  /** True for {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The first line of the printed form: {@code error: file:3:7: message [code]}. */
  public String headline() {
    return severity.label() + ": " + location + ": " + message + " [" + code + "]";
  }

  /**
   * The printed form: the headline, then (when the source line is known) the line and a caret under the column.
   * Tabs before the column are kept so that the caret lines up in a terminal.
   */
  public String render() {
    StringBuilder out = new StringBuilder(headline());
    if (!sourceLine.isEmpty()) {
      out.append('\n').append("  ").append(sourceLine).append('\n').append("  ");
      int column = Math.min(location.column(), sourceLine.length() + 1);
      for (int i = 0; i < column - 1; i++) {
        out.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
      }
      out.append('^');
      int visible = Math.min(length, Math.max(1, sourceLine.length() - column + 1));
      out.append("~".repeat(Math.max(0, visible - 1)));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return headline();
  }
}
