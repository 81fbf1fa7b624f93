package dev.shades.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A part of a component with facts of its own, such as one dataset among the many a {@code datasets} component
 * holds.
 *
 * @param name the part's name
 * @param availability how the part is available
 * @param license the part's licence statement ({@link LicenseStatement.Inherit} inherits the component's)
 * @param locations where the part can be found
 * @param evidence where the claims come from
 */
public record Part(
    String name,
    Availability availability,
    LicenseStatement license,
    List<String> locations,
    List<Evidence> evidence) {

  /** Validates the part and copies its lists. */
  public Part {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(availability, "availability");
    Objects.requireNonNull(license, "license");
    locations = List.copyOf(locations);
    evidence = List.copyOf(evidence);
  }
}
