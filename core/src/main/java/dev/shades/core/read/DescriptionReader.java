package dev.shades.core.read;

import dev.shades.core.diagnostic.SourceText;

/**
 * A reader of one description format, found with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/dev.shades.core.read.DescriptionReader}. Implementations must be stateless and
 * thread-safe, and must never throw for bad input: every problem is a diagnostic in the result.
 */
public interface DescriptionReader {

  /** A short name of the format, such as {@code shades} or {@code mot}. */
  String format();

  /** A one-line description of the format, for messages that list the formats Shades reads. */
  String describe();

  /**
   * Whether the text looks like this format. This must be cheap and must not fail: it decides which reader reads
   * a file, from content, not from the file name.
   */
  boolean recognises(SourceText source);

  /** Reads the text into a release, or diagnostics explaining why it cannot. */
  ReadResult read(SourceText source, ReadContext context);
}
