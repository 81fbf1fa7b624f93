package dev.shades.core.definition;

import dev.shades.core.logic.Outcome;
import dev.shades.core.model.FactValue;
import java.util.Objects;

/** A test on the value of a release fact. */
public sealed interface FactTest {

  /** The outcome for a stated value. */
  Outcome test(FactValue value);

  /** How the test reads after the fact's name. */
  String describe();

  /** The fact is {@code true}. */
  record IsTrue() implements FactTest {
    @Override
    public Outcome test(FactValue value) {
      return value instanceof FactValue.Bool b ? Outcome.of(b.value()) : Outcome.VIOLATED;
    }

    @Override
    public String describe() {
      return "";
    }
  }

  /** The fact is stated at all (this test is never unknown). */
  record Known() implements FactTest {
    @Override
    public Outcome test(FactValue value) {
      return Outcome.SATISFIED;
    }

    @Override
    public String describe() {
      return " is known";
    }
  }

  /**
   * A numeric comparison.
   *
   * @param op the comparison
   * @param bound the number compared with
   */
  record Compare(Comparison op, double bound) implements FactTest {
    /** Validates the comparison. */
    public Compare {
      Objects.requireNonNull(op, "op");
    }

    @Override
    public Outcome test(FactValue value) {
      if (!(value instanceof FactValue.Number n)) {
        return Outcome.VIOLATED;
      }
      return Outcome.of(op.holds(Double.compare(n.value(), bound)));
    }

    @Override
    public String describe() {
      return " " + op.symbol() + " " + new FactValue.Number(bound);
    }
  }

  /**
   * Equal to a text (or, for lists, contains it).
   *
   * @param text the text
   */
  record Is(String text) implements FactTest {
    /** Validates the text. */
    public Is {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Outcome test(FactValue value) {
      if (value instanceof FactValue.TextList l) {
        return Outcome.of(l.values().contains(text));
      }
      if (value instanceof FactValue.Number n) {
        try {
          return Outcome.of(Double.compare(n.value(), Double.parseDouble(text)) == 0);
        } catch (NumberFormatException e) {
          return Outcome.VIOLATED;
        }
      }
      return Outcome.of(value.toString().equals(text));
    }

    @Override
    public String describe() {
      return " is \"" + text + "\"";
    }
  }

  /** Comparisons of numbers. */
  enum Comparison {
    /** Less than. */
    LT("<"),
    /** At most. */
    LE("<="),
    /** Greater than. */
    GT(">"),
    /** At least. */
    GE(">="),
    /** Equal. */
    EQ("=="),
    /** Not equal. */
    NE("!=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    /** How the comparison is written. */
    public String symbol() {
      return symbol;
    }

    /** The comparison with this symbol. */
    public static java.util.Optional<Comparison> fromSymbol(String s) {
      for (Comparison c : values()) {
        if (c.symbol.equals(s)) {
          return java.util.Optional.of(c);
        }
      }
      return java.util.Optional.empty();
    }

    boolean holds(int cmp) {
      return switch (this) {
        case LT -> cmp < 0;
        case LE -> cmp <= 0;
        case GT -> cmp > 0;
        case GE -> cmp >= 0;
        case EQ -> cmp == 0;
        case NE -> cmp != 0;
      };
    }
  }
}
