package dev.shades.core.explain;

import java.util.List;
import java.util.Objects;

/**
 * One change to a release, as a person would make it.
 *
 * @param kind what sort of change it is
 * @param subject what it changes: a component kind id, or {@code fact <key>}
 * @param description a sentence that says what to do, e.g. {@code release training-code openly under Apache-2.0 or
 *     MIT (now not-released)}
 * @param actions what it does, in order: {@code open} (availability open), {@code license} (the first of
 *     {@code licenses}), {@code complete} (completeness full), {@code disclose} (every data-information aspect
 *     disclosed), {@code grade} (declared grade open), or {@code fact=<value>} for a fact
 * @param licenses the licences the change was found to work with, best first (empty when it keeps the licence)
 */
public record Change(Kind kind, String subject, String description, List<String> actions, List<String> licenses) {

  /** Validates and copies. */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(description, "description");
    actions = List.copyOf(actions);
    licenses = List.copyOf(licenses);
  }

  /** What sort of change. */
  public enum Kind {
    /** Release a component that is not released (or only hosted, or on request) openly. */
    RELEASE,
    /** Make a released component openly available, keeping its licence. */
    OPEN_ACCESS,
    /** Put a released component under another licence. */
    RELICENSE,
    /** State a fact the description leaves unknown, with the value that helps. */
    RESOLVE,
    /** Release the whole of a component that is released only in part. */
    COMPLETE,
    /** Disclose in full what the data information leaves out. */
    DISCLOSE,
    /** Raise a declared grade to open. */
    GRADE
  }
}
