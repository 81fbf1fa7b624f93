package dev.shades.core.definition;

/**
 * A number that may not be known exactly: the lowest and highest values it can take given the stated facts.
 *
 * @param low the lowest possible value
 * @param high the highest possible value
 */
public record Interval(double low, double high) {
  /** Validates the bounds. */
  public Interval {
    if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
      throw new IllegalArgumentException("bad interval " + low + ".." + high);
    }
  }

  /** An exactly known number. */
  public static Interval exactly(double value) {
    return new Interval(value, value);
  }

  /** True when the number is known exactly. */
  public boolean isExact() {
    return low == high;
  }

  /** The smallest interval holding both. */
  public Interval span(Interval other) {
    return new Interval(Math.min(low, other.low), Math.max(high, other.high));
  }

  @Override
  public String toString() {
    return isExact() ? Double.toString(low) : low + ".." + high;
  }
}
