package dev.shades.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a claim comes from: a URL, optionally the date someone checked it and a note on what it says.
 *
 * @param url the address of the source (model card, licence text, paper, repository)
 * @param checked the date the source was last checked, if recorded
 * @param note what the source says, if recorded
 */
public record Evidence(String url, Optional<LocalDate> checked, Optional<String> note) {

  /** Validates the evidence. */
  public Evidence {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(checked, "checked");
    Objects.requireNonNull(note, "note");
  }

  /** Evidence that is just a URL. */
  public static Evidence of(String url) {
    return new Evidence(url, Optional.empty(), Optional.empty());
  }
}
