package dev.shades.core.diagnostic;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. Only {@link #ERROR} makes an input unusable. */
public enum Severity {
  /** The input cannot be used. */
  ERROR,
  /** The input can be used, but something in it is probably not what its author meant. */
  WARNING,
  /** Information, for example that a licence alias was read as its canonical id. */
  NOTE;

  /** The lower-case label used when printing a diagnostic: {@code error}, {@code warning}, {@code note}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
