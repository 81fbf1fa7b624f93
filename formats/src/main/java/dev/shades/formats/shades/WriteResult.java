package dev.shades.formats.shades;

import java.util.List;
import java.util.Objects;

/**
 * A release written in Shades' description format, and what the format could not hold.
 *
 * @param text the YAML text, ending with a line break; what was left out is also listed in a comment at its top
 * @param omissions each thing left out or changed, in the order of the description
 */
public record WriteResult(String text, List<Omission> omissions) {
  /** Validates the result and copies the list. */
  public WriteResult {
    Objects.requireNonNull(text, "text");
    omissions = List.copyOf(omissions);
  }

  /** True when the text holds everything the release says. */
  public boolean complete() {
    return omissions.isEmpty();
  }

  /**
   * One thing the format could not hold as the release states it.
   *
   * @param path where it was in the description, in the format's keys, such as
   *     {@code components.model-card.locations[0]}
   * @param message what was left out or changed, and why
   */
  public record Omission(String path, String message) {
    /** Validates the omission. */
    public Omission {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }

    /** The path and the message on one line: {@code components.model-card.locations[0]: ...}. */
    public String describe() {
      return path + ": " + message;
    }
  }
}
