package dev.shades.core.license;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The broad kind of a licence. */
public enum LicenseKind {
  /** Few conditions beyond attribution (MIT, Apache-2.0, CC-BY-4.0). */
  PERMISSIVE,
  /** Copyleft limited to the licensed files or library (MPL-2.0, LGPL). */
  WEAK_COPYLEFT,
  /** Copyleft over the whole derived work (GPL, AGPL, CC-BY-SA). */
  STRONG_COPYLEFT,
  /** A public-domain dedication or waiver (CC0-1.0, PDDL-1.0, Unlicense). */
  PUBLIC_DOMAIN,
  /** Source-available terms with use or user restrictions (the Llama, Gemma and RAIL licences). */
  RESTRICTED,
  /** Proprietary terms. */
  PROPRIETARY;

  /** The kebab-case id, such as {@code weak-copyleft}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind with this id, if any. */
  public static Optional<LicenseKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
  }

  /** Every id. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(LicenseKind::id).toList();
  }
}
