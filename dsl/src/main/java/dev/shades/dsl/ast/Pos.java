package dev.shades.dsl.ast;

import dev.shades.core.diagnostic.SourceSpan;
import java.util.Objects;

/**
 * Where a node stands in its file. Positions are not part of a tree's identity: any two positions are equal, so that
 * two trees are equal when they say the same thing, wherever it is written (the formatter's law: parse, format and
 * parse again gives an equal tree).
 */
public final class Pos {
  private final SourceSpan span;

  private Pos(SourceSpan span) {
    this.span = Objects.requireNonNull(span, "span");
  }

  /** A position for a span. */
  public static Pos of(SourceSpan span) {
    return new Pos(span);
  }

  /** The span. */
  public SourceSpan span() {
    return span;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pos;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  @Override
  public String toString() {
    return span.toString();
  }
}
