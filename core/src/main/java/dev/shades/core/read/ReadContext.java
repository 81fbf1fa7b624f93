package dev.shades.core.read;

import java.util.Objects;

/**
 * What a {@link DescriptionReader} gets besides the text: the options, and a way to read another description that
 * the one being read refers to (such as a base release in another file), with cycle and depth checks.
 */
public final class ReadContext {
  private final ReadOptions options;
  private final Descriptions.Chain chain;

  ReadContext(ReadOptions options, Descriptions.Chain chain) {
    this.options = Objects.requireNonNull(options, "options");
    this.chain = Objects.requireNonNull(chain, "chain");
  }

  /** A context for reading text that has no file of its own (relative references resolve from the working dir). */
  public static ReadContext standalone(ReadOptions options) {
    return new ReadContext(options, Descriptions.Chain.root());
  }

  /** The options. */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads a description that the current one refers to by a path relative to the current file.
   *
   * @param relativePath the path as written
   * @return the result of reading it; errors when it is missing, unreadable, or refers back to a file being read
   */
  public ReadResult readReferenced(String relativePath) {
    return Descriptions.readReferenced(relativePath, options, chain);
  }
}
