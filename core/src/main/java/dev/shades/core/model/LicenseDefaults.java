package dev.shades.core.model;

import com.google.common.collect.Maps;
import java.util.Map;
import java.util.Objects;

/**
 * A release's default licences: one for everything, and one per content type. A component without a licence of its
 * own inherits the default for its content type, else the release-wide one.
 *
 * @param all the release-wide default ({@link LicenseStatement.Inherit} when there is none)
 * @param byContentType the default per content type; absent types have none
 */
public record LicenseDefaults(LicenseStatement all, Map<ContentType, LicenseStatement> byContentType) {
  private static final LicenseDefaults NONE = new LicenseDefaults(LicenseStatement.inherit(), Map.of());

  /** Validates and copies the defaults. */
  public LicenseDefaults {
    Objects.requireNonNull(all, "all");
    // An enum map: the look-up is an array index (evaluation asks for it for every unlisted licence).
    byContentType = Maps.immutableEnumMap(byContentType);
  }

  /** No defaults. */
  public static LicenseDefaults none() {
    return NONE;
  }

  /** The default for one content type, or {@link LicenseStatement.Inherit} when none is set. */
  public LicenseStatement forType(ContentType type) {
    return byContentType.getOrDefault(type, LicenseStatement.inherit());
  }
}
