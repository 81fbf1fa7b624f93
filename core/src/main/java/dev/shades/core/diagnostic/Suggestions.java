package dev.shades.core.diagnostic;

import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints: the closest known name to a mistyped one, when it is close enough to be a likely typo. */
public final class Suggestions {
  private static final int MAX_LENGTH = 64;

  private Suggestions() {}

  /**
   * The candidate closest to {@code wrong} by case-insensitive edit distance, if that distance is at most a third
   * of the longer name's length (and at most 4); ties go to the first candidate.
   */
  public static Optional<String> closest(String wrong, Iterable<String> candidates) {
    if (wrong.length() > MAX_LENGTH) {
      return Optional.empty(); // nobody mistypes a 64-character name; and distances over long texts cost time
    }
    String w = wrong.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - w.length()) > 4) {
        continue; // farther than any hint we would give
      }
      int d = distance(w, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int limit = Math.min(4, Math.max(1, Math.max(w.length(), best.length()) / 3));
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** The message suffix {@code "; did you mean 'x'?"}, or empty. */
  public static String didYouMean(String wrong, Iterable<String> candidates) {
    return closest(wrong, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
