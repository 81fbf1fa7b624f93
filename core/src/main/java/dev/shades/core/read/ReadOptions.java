package dev.shades.core.read;

import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.model.ComponentCatalog;
import java.util.Objects;

/**
 * How to read descriptions.
 *
 * @param knowledge the licences and aliases licence texts are read against
 * @param catalog the component kinds a description may use
 * @param strictLicenses when true, licence aliases ({@code Apache 2.0}) are errors instead of notes
 * @param maxFileBytes files larger than this are refused
 * @param maxNesting YAML nesting deeper than this is refused
 * @param maxErrors reading stops after this many errors
 */
public record ReadOptions(
    LicenseKnowledge knowledge,
    ComponentCatalog catalog,
    boolean strictLicenses,
    long maxFileBytes,
    int maxNesting,
    int maxErrors) {

  /** The default limit on file size: 1 MiB, far above any real description. */
  public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
  /** The default limit on nesting depth. */
  public static final int DEFAULT_MAX_NESTING = 32;
  /** The default limit on reported errors. */
  public static final int DEFAULT_MAX_ERRORS = 50;

  /** Validates the options. */
  public ReadOptions {
    Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(catalog, "catalog");
    if (maxFileBytes < 1 || maxNesting < 1 || maxErrors < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** The standard knowledge base and catalogue, lenient about aliases, with the default limits. */
  public static ReadOptions defaults() {
    return new ReadOptions(LicenseKnowledge.standard(), ComponentCatalog.standard(), false,
        DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_NESTING, DEFAULT_MAX_ERRORS);
  }

  /** These options with strict licence reading on or off. */
  public ReadOptions withStrictLicenses(boolean strict) {
    return new ReadOptions(knowledge, catalog, strict, maxFileBytes, maxNesting, maxErrors);
  }

  /** These options with another knowledge base. */
  public ReadOptions withKnowledge(LicenseKnowledge value) {
    return new ReadOptions(value, catalog, strictLicenses, maxFileBytes, maxNesting, maxErrors);
  }

  /** These options with another component catalogue. */
  public ReadOptions withCatalog(ComponentCatalog value) {
    return new ReadOptions(knowledge, value, strictLicenses, maxFileBytes, maxNesting, maxErrors);
  }

  /** These options with another file size limit. */
  public ReadOptions withMaxFileBytes(long value) {
    return new ReadOptions(knowledge, catalog, strictLicenses, value, maxNesting, maxErrors);
  }

  /** These options with another nesting limit. */
  public ReadOptions withMaxNesting(int value) {
    return new ReadOptions(knowledge, catalog, strictLicenses, maxFileBytes, value, maxErrors);
  }
}
