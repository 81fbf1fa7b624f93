package dev.shades.core.license;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything Shades knows about one licence.
 *
 * @param id the canonical id: an SPDX id or a {@code LicenseRef-…}
 * @param name the licence's full name
 * @param url where the licence text is, if known
 * @param osiApproved true when the OSI has approved the licence (from the SPDX list)
 * @param fsfLibre the FSF's view, when the FSF has assessed the licence; empty means "not assessed", not "not free"
 * @param deprecated true when the SPDX list deprecates the id
 * @param source where the knowledge comes from
 * @param traits the traits Shades knows, or empty when it knows none
 */
public record LicenseInfo(
    String id,
    String name,
    Optional<String> url,
    boolean osiApproved,
    Optional<Boolean> fsfLibre,
    boolean deprecated,
    LicenseSource source,
    Optional<LicenseTraits> traits) {

  /** Validates the record. */
  public LicenseInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(fsfLibre, "fsfLibre");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(traits, "traits");
  }

  /** The same licence with these traits. */
  public LicenseInfo withTraits(LicenseTraits value) {
    return new LicenseInfo(id, name, url, osiApproved, fsfLibre, deprecated, source, Optional.of(value));
  }
}
