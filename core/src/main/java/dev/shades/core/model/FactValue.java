package dev.shades.core.model;

import java.util.List;
import java.util.Objects;

/** The value of a release fact: a boolean, a number, a text or a list of texts. */
public sealed interface FactValue {

  /** The name of the value's type, for messages: {@code boolean}, {@code number}, {@code text}, {@code list}. */
  String typeName();

  /**
   * A boolean fact value.
   *
   * @param value the value
   */
  record Bool(boolean value) implements FactValue {
    @Override
    public String typeName() {
      return "boolean";
    }

    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /**
   * A numeric fact value, such as training compute in FLOP or a user count.
   *
   * @param value the value
   */
  record Number(double value) implements FactValue {
    @Override
    public String typeName() {
      return "number";
    }

    @Override
    public String toString() {
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value)
          : Double.toString(value);
    }
  }

  /**
   * A text fact value.
   *
   * @param value the value
   */
  record Text(String value) implements FactValue {
    /** Validates the value. */
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
      return "text";
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /**
   * A list of texts, such as access channels.
   *
   * @param values the values, in the order given
   */
  record TextList(List<String> values) implements FactValue {
    /** Copies the values. */
    public TextList {
      values = List.copyOf(values);
    }

    @Override
    public String typeName() {
      return "list";
    }

    @Override
    public String toString() {
      return values.toString();
    }
  }
}
