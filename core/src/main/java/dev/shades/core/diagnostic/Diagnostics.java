package dev.shades.core.diagnostic;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers over lists of diagnostics. */
public final class Diagnostics {
  private Diagnostics() {}

  /** Orders diagnostics by file, line and column, keeping the order of equal positions. */
  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing((Diagnostic d) -> d.location().file())
          .thenComparingInt(d -> d.location().line())
          .thenComparingInt(d -> d.location().column());

  /** True when any diagnostic is an error. */
  public static boolean hasErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Every diagnostic rendered, separated by new lines. */
  public static String render(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
  }
}
