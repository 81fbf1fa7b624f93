package dev.shades.core.read;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.model.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a description: the release when the input has no errors, and every diagnostic (errors,
 * warnings, notes) in the order found.
 *
 * @param release the release; empty exactly when some diagnostic is an error
 * @param format the name of the format that was read, such as {@code shades}; empty when none recognised the input
 * @param diagnostics everything worth telling the user
 */
public record ReadResult(Optional<Release> release, Optional<String> format, List<Diagnostic> diagnostics) {

  /** Validates the result: a release exactly when there are no errors. */
  public ReadResult {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(format, "format");
    diagnostics = List.copyOf(diagnostics);
    boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
    if (errors == release.isPresent()) {
      throw new IllegalArgumentException("a read result has a release exactly when it has no errors");
    }
  }

  /** A result from diagnostics and, when they hold no error, the release. */
  public static ReadResult of(String format, Release release, List<Diagnostic> diagnostics) {
    boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
    return new ReadResult(errors ? Optional.empty() : Optional.of(release), Optional.of(format), diagnostics);
  }

  /** A failed result. */
  public static ReadResult failed(Optional<String> format, List<Diagnostic> diagnostics) {
    return new ReadResult(Optional.empty(), format, diagnostics);
  }

  /** True when the input was read without errors. */
  public boolean ok() {
    return release.isPresent();
  }

  /** The errors only. */
  public List<Diagnostic> errors() {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }
}
