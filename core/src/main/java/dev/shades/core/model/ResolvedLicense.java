package dev.shades.core.model;

import java.util.Objects;

/**
 * The licence that applies to a component once inheritance is resolved, and where it came from.
 *
 * @param statement the licence statement that applies; {@link LicenseStatement.Inherit} only when the origin is
 *     {@link LicenseOrigin#NOWHERE}, meaning the licence is unknown
 * @param origin where it came from
 * @param contentType the component's content type (names the default in explanations)
 */
public record ResolvedLicense(LicenseStatement statement, LicenseOrigin origin, ContentType contentType) {

  /** Validates the resolution. */
  public ResolvedLicense {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(contentType, "contentType");
  }

  /** True when no licence is known: nothing states one. */
  public boolean isUnknown() {
    return origin == LicenseOrigin.NOWHERE;
  }

  /** Where the licence came from, such as {@code inherited from the release default for code}. */
  public String provenance() {
    return origin == LicenseOrigin.CONTENT_TYPE_DEFAULT ? origin.phrase() + " " + contentType.id() : origin.phrase();
  }

  /**
   * An explanation a person can check, such as {@code Apache-2.0, inherited from the release default for code}.
   */
  public String explain() {
    return origin == LicenseOrigin.NOWHERE ? "unknown (" + provenance() + ")"
        : statement.describe() + ", " + provenance();
  }
}
