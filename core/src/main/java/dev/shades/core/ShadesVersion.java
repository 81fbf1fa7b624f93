package dev.shades.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Shades, as the build recorded it. */
public final class ShadesVersion {
  private static final String VERSION = load();

  private ShadesVersion() {}

  /** The version, such as {@code 0.1.0}; {@code development} when run from sources the build did not stamp. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ShadesVersion.class.getResourceAsStream("shades.properties")) {
      if (in == null) {
        return "development";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "development");
      return v.startsWith("${") ? "development" : v;
    } catch (IOException e) {
      return "development";
    }
  }
}
