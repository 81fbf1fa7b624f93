package dev.shades.cli;

import dev.shades.core.definition.Category;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Shape;
import dev.shades.core.definition.Tier;
import dev.shades.core.definition.Verdict;
import dev.shades.core.diagnostic.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code --fail-on} condition: {@code ID} (yes/no: fails unless passed), {@code ID:TIER} (fails below the tier),
 * {@code ID:0.7} (fails when the score is below), {@code ID:CATEGORY} (fails below the category, in the
 * definition's order, least open first). Tier and category names match ignoring case, or by a unique prefix
 * ({@code mof-mot:class ii}). A verdict that may or may not meet the condition, because it hangs on unknown facts,
 * fails unless undetermined verdicts are allowed.
 *
 * @param definition the definition's id
 * @param level the tier or category index the verdict must reach (for tiers and categories)
 * @param threshold the score the verdict must reach (for scores)
 * @param text the condition as the user wrote it
 */
record FailOn(String definition, int level, double threshold, String text) {

  /** The outcome of a check: met, failed or undetermined, with a sentence saying why. */
  record Check(Result result, String reason) {}

  /** How a verdict stands against the condition. */
  enum Result {
    MET, FAILED, UNDETERMINED
  }

  /** Parses a condition against the selected definitions; an error message when it cannot be read. */
  static Either parse(String text, List<Definition> selected) {
    int colon = text.indexOf(':');
    String id = colon < 0 ? text : text.substring(0, colon);
    Optional<Definition> found = selected.stream().filter(d -> d.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      List<String> ids = selected.stream().map(Definition::id).toList();
      return Either.error("--fail-on " + text + ": '" + id + "' is not a selected definition"
          + Suggestions.didYouMean(id, ids) + " (selected: " + String.join(", ", ids) + ")");
    }
    Definition d = found.get();
    String want = colon < 0 ? "" : text.substring(colon + 1).strip();
    Shape shape = d.shape();
    if (shape instanceof Shape.Binary) {
      return colon < 0 ? Either.of(new FailOn(id, 0, 0, text))
          : Either.error("--fail-on " + text + ": " + id + " is a yes/no definition; write --fail-on " + id);
    }
    if (shape instanceof Shape.Score) {
      double max = dev.shades.formats.report.DefinitionInfo.of(d).scoreMax().orElse(1.0);
      String range = "from 0 to " + (max == Math.rint(max) ? String.valueOf((long) max) : String.valueOf(max));
      double threshold;
      try {
        threshold = Double.parseDouble(want);
      } catch (NumberFormatException e) {
        threshold = Double.NaN;
      }
      if (!(threshold >= 0 && threshold <= max) || want.matches(".*[A-Za-z].*")) {
        return Either.error("--fail-on " + text + ": " + id + " gives a score " + range + "; write the lowest "
            + "acceptable score, as in --fail-on " + id + ":" + (max / 2));
      }
      return Either.of(new FailOn(id, 0, threshold, text));
    }
    List<String> names = shape instanceof Shape.Tiers t ? t.tiers().stream().map(Tier::name).toList()
        : ((Shape.Categories) shape).categories().stream().map(Category::name).toList();
    String what = shape instanceof Shape.Tiers ? "tier" : "category";
    String whats = shape instanceof Shape.Tiers ? "tiers" : "categories";
    if (want.isEmpty()) {
      return Either.error("--fail-on " + text + ": " + id + " gives a " + what + "; name the lowest acceptable one, "
          + "as in --fail-on '" + id + ":" + names.get(0) + "' (" + whats + ", least open first: "
          + String.join(", ", names) + ")");
    }
    int index = match(want, names);
    List<String> starting = names.stream()
        .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(want.toLowerCase(Locale.ROOT))).toList();
    if (index < 0 && starting.size() > 1) {
      return Either.error("--fail-on " + text + ": '" + want + "' could be any of " + String.join(", ", starting)
          + "; write more of the " + what + "'s name");
    }
    if (index < 0) {
      return Either.error("--fail-on " + text + ": " + id + " has no " + what + " '" + want + "'"
          + Suggestions.didYouMean(want, names) + " (" + whats + ", least open first: " + String.join(", ", names)
          + ")");
    }
    return Either.of(new FailOn(id, index, 0, text));
  }

  /**
   * The index of the name equal to {@code want} ignoring case; or else of the only one it is a whole-word prefix of
   * ({@code class ii} for {@code Class II - Open Tooling Model}, not {@code Class III ...}); or else of the only one
   * it is any prefix of; or -1.
   */
  private static int match(String want, List<String> names) {
    String w = want.toLowerCase(Locale.ROOT);
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).toLowerCase(Locale.ROOT).equals(w)) {
        return i;
      }
    }
    int word = only(names, n -> n.startsWith(w) && !Character.isLetterOrDigit(n.charAt(w.length())));
    return word >= 0 ? word : only(names, n -> n.startsWith(w));
  }

  private static int only(List<String> names, java.util.function.Predicate<String> test) {
    int found = -1;
    for (int i = 0; i < names.size(); i++) {
      if (test.test(names.get(i).toLowerCase(Locale.ROOT))) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  /** How this verdict of the definition stands against the condition. */
  Check check(Definition d, Verdict v) {
    if (v instanceof Verdict.Binary b) {
      return b.passed().map(p -> p ? new Check(Result.MET, "passed") : new Check(Result.FAILED, "failed"))
          .orElse(new Check(Result.UNDETERMINED, "undetermined"));
    }
    if (v instanceof Verdict.Score s) {
      String at = "score " + s.summary() + ", required " + threshold;
      return s.score().low() >= threshold ? new Check(Result.MET, at)
          : s.score().high() < threshold ? new Check(Result.FAILED, at) : new Check(Result.UNDETERMINED, at);
    }
    List<String> names;
    Optional<String> reached;
    List<String> open;
    if (v instanceof Verdict.Tiers t) {
      names = ((Shape.Tiers) d.shape()).tiers().stream().map(Tier::name).toList();
      reached = t.tier();
      open = t.undetermined();
    } else {
      Verdict.Category c = (Verdict.Category) v;
      names = ((Shape.Categories) d.shape()).categories().stream().map(Category::name).toList();
      reached = c.category();
      open = c.undetermined();
    }
    int at = reached.map(names::indexOf).orElse(-1);
    String why = v.summary() + ", required " + names.get(level);
    if (at >= level) {
      return new Check(Result.MET, why);
    }
    boolean couldReach = open.stream().mapToInt(names::indexOf).anyMatch(i -> i >= level);
    return new Check(couldReach ? Result.UNDETERMINED : Result.FAILED, why);
  }

  /** A parsed condition or the message saying why it could not be parsed. */
  record Either(Optional<FailOn> value, Optional<String> error) {
    static Either of(FailOn f) {
      return new Either(Optional.of(f), Optional.empty());
    }

    static Either error(String message) {
      return new Either(Optional.empty(), Optional.of(message));
    }
  }
}
