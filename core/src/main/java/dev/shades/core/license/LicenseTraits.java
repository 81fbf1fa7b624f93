package dev.shades.core.license;

import dev.shades.core.model.ContentType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What Shades knows of a licence beyond the SPDX list: its kind, the content types it suits, and its traits.
 *
 * @param kind the broad kind
 * @param suitedFor the content types the licence is designed for
 * @param traits the traits the licence has
 * @param userThreshold the monthly-active-user count, when it has {@link Trait#USER_THRESHOLD}
 * @param excludedJurisdictions where rights are withheld, when it has {@link Trait#EXCLUDED_JURISDICTIONS}
 * @param note what in the licence text decides the restrictive traits, if recorded
 */
public record LicenseTraits(
    LicenseKind kind,
    Set<ContentType> suitedFor,
    Set<Trait> traits,
    OptionalLong userThreshold,
    List<String> excludedJurisdictions,
    Optional<String> note) {

  /** Validates and copies the traits. */
  public LicenseTraits {
    Objects.requireNonNull(kind, "kind");
    // Unmodifiable enum sets keep declaration order, so reports list traits in a stable, meaningful order.
    suitedFor = Collections.unmodifiableSet(
        suitedFor.isEmpty() ? EnumSet.noneOf(ContentType.class) : EnumSet.copyOf(suitedFor));
    traits = Collections.unmodifiableSet(traits.isEmpty() ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(traits));
    Objects.requireNonNull(userThreshold, "userThreshold");
    excludedJurisdictions = List.copyOf(excludedJurisdictions);
    Objects.requireNonNull(note, "note");
    if (userThreshold.isPresent() != traits.contains(Trait.USER_THRESHOLD)) {
      throw new IllegalArgumentException("a user threshold goes with the user-threshold trait, and only with it");
    }
    if (!excludedJurisdictions.isEmpty() != traits.contains(Trait.EXCLUDED_JURISDICTIONS)) {
      throw new IllegalArgumentException(
          "excluded jurisdictions go with the excluded-jurisdictions trait, and only with it");
    }
  }

  /** True when the licence has this trait. */
  public boolean has(Trait trait) {
    return traits.contains(trait);
  }

  /** The traits that make the licence fail the Open Source Definition (all but duties). */
  public Set<Trait> restrictions() {
    Set<Trait> out = EnumSet.noneOf(Trait.class);
    for (Trait t : traits) {
      if (t.restrictsOpenness()) {
        out.add(t);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The same traits with another kind (used for exceptions that weaken copyleft). */
  public LicenseTraits withKind(LicenseKind other) {
    return new LicenseTraits(other, suitedFor, traits, userThreshold, excludedJurisdictions, note);
  }
}
