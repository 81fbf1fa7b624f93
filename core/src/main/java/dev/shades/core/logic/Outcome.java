package dev.shades.core.logic;

import java.util.Locale;

/**
 * The outcome of a test in three-valued (Kleene) logic. Unknown is not violated: it means the stated facts do not
 * decide the test.
 *
 * <ul>
 *   <li>{@code and}: violated if either side is violated, else unknown if either is unknown, else satisfied;
 *   <li>{@code or}: satisfied if either side is satisfied, else unknown if either is unknown, else violated;
 *   <li>{@code not}: swaps satisfied and violated, keeps unknown.
 * </ul>
 */
public enum Outcome {
  /** The facts satisfy the test. */
  SATISFIED,
  /** The facts violate the test. */
  VIOLATED,
  /** The facts do not decide the test. */
  UNKNOWN;

  /** Satisfied for {@code true}, violated for {@code false}. */
  public static Outcome of(boolean value) {
    return value ? SATISFIED : VIOLATED;
  }

  /** Kleene conjunction. */
  public Outcome and(Outcome other) {
    if (this == VIOLATED || other == VIOLATED) {
      return VIOLATED;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : SATISFIED;
  }

  /** Kleene disjunction. */
  public Outcome or(Outcome other) {
    if (this == SATISFIED || other == SATISFIED) {
      return SATISFIED;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : VIOLATED;
  }

  /** Kleene negation. */
  public Outcome not() {
    return switch (this) {
      case SATISFIED -> VIOLATED;
      case VIOLATED -> SATISFIED;
      case UNKNOWN -> UNKNOWN;
    };
  }

  /** The lower-case id used in reports: {@code satisfied}, {@code violated}, {@code unknown}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
