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

  /**
   * Whether standard error is an interactive terminal, for the progress bar: also when standard output is
   * redirected to a file, the usual case for a long batch. Java 17 cannot ask directly; on Linux the descriptor's
   * link in {@code /proc} names the terminal device; elsewhere the process must have a console.
   */
  static boolean errInteractive() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return interactive();
    }
  }

  /** Whether to colour text output: only on a terminal, never with NO_COLOR set (https://no-color.org). */
  static boolean colour(boolean noColour) {
    return !noColour && interactive() && System.getenv("NO_COLOR") == null;
  }
}
