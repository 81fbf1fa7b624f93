package dev.shades.core.license;

/** Where Shades' knowledge of a licence comes from. */
public enum LicenseSource {
  /** The SPDX License List. */
  SPDX,
  /** Shades' own table, for licences not on the SPDX list (ScanCode LicenseDB ids). */
  SHADES,
  /** Added at run time through the Java API or a policy file. */
  USER
}
