package dev.shades.cli;

/** What the command knows about where its output goes. */
final class Terminal {
  private Terminal() {}

  /**
   * Whether output goes to an interactive terminal. Java 17 can only tell whether the process has a console (its
   * standard input and output are terminals); a run whose output is piped or redirected has none.
   */
  static boolean interactive() {
    String term = System.getenv("TERM");
    return System.console() != null && !"dumb".equals(term);
  }

  /** Whether to colour text output: only on a terminal, never with NO_COLOR set (https://no-color.org). */
  static boolean colour(boolean noColour) {
    return !noColour && interactive() && System.getenv("NO_COLOR") == null;
  }
}
