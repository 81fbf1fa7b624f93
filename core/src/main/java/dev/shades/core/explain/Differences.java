package dev.shades.core.explain;

import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.FactUse;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Verdict;
import dev.shades.core.logic.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What separates two evaluations: two releases under one definition ({@link #releases}), or two definitions on one
 * release ({@link #definitions}).
 */
public final class Differences {
  private Differences() {}

  /**
   * How a fact stands in one evaluation.
   *
   * @param value the fact's value as stated
   * @param outcome how the tests on it came out: violated if any deciding rule rejects it, else unknown if any
   *     could not tell, else satisfied
   * @param rules the requirements (or tiers' requirements, categories, dimensions) that test it
   */
  public record Standing(String value, Outcome outcome, List<String> rules) {
    /** Validates and copies. */
    public Standing {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(outcome, "outcome");
      rules = List.copyOf(rules);
    }
  }

  /**
   * A fact that stands differently in two evaluations.
   *
   * @param subject a component kind id, {@code fact <key>} or {@code base}
   * @param aspect which fact of it
   * @param a how it stands in the first evaluation, if that one tests it
   * @param b how it stands in the second, if that one tests it
   */
  public record FactDifference(String subject, String aspect, Optional<Standing> a, Optional<Standing> b) {
    /** Validates the record. */
    public FactDifference {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(aspect, "aspect");
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
    }

    /** One line: {@code model-parameters license: Apache-2.0 satisfied (weights) | Llama-3 violated (weights)}. */
    public String describe() {
      return subject + " " + aspect + ": " + side(a) + "  |  " + side(b);
    }

    private static String side(Optional<Standing> s) {
      return s.map(x -> x.value() + " → " + x.outcome().id() + " (" + String.join(", ", x.rules()) + ")")
          .orElse("not tested");
    }
  }

  /**
   * A requirement that came out differently for two releases.
   *
   * @param id the requirement's id (for scores a dimension, for categories a category)
   * @param tier its tier, for tiered definitions
   * @param a how it came out for the first release, as {@link RequirementResult#message()} says it
   * @param b how it came out for the second
   * @param facts the facts it tests that differ between the two releases
   */
  public record RequirementDifference(String id, Optional<String> tier, String a, String b,
      List<FactDifference> facts) {
    /** Validates and copies. */
    public RequirementDifference {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      facts = List.copyOf(facts);
    }
  }

  /**
   * Two releases under one definition.
   *
   * @param a the first release's evaluation
   * @param b the second's
   * @param sameVerdict whether the verdicts are equal
   * @param requirements the requirements that came out differently, in the definition's order
   */
  public record ReleaseDiff(Evaluation a, Evaluation b, boolean sameVerdict,
      List<RequirementDifference> requirements) {
    /** Validates and copies. */
    public ReleaseDiff {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      requirements = List.copyOf(requirements);
    }
  }

  /**
   * Two definitions on one release.
   *
   * @param a the first definition's evaluation
   * @param b the second's
   * @param splitting the facts the two judge differently: accepted by one and rejected or left open by the other,
   *     or tested by only one of them without being accepted; facts both test come first
   */
  public record Disagreement(Evaluation a, Evaluation b, List<FactDifference> splitting) {
    /** Validates and copies. */
    public Disagreement {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      splitting = List.copyOf(splitting);
    }
  }

  /**
   * What differs between two releases evaluated under the same definition.
   *
   * @throws IllegalArgumentException if the evaluations are of different definitions
   */
  public static ReleaseDiff releases(Evaluation a, Evaluation b) {
    if (!a.definitionId().equals(b.definitionId())) {
      throw new IllegalArgumentException("evaluations of different definitions: " + a.definitionId() + ", "
          + b.definitionId());
    }
    List<RequirementDifference> out = new ArrayList<>();
    for (RequirementResult ra : a.requirements()) {
      Optional<RequirementResult> match = b.requirement(ra.id());
      if (match.isEmpty()) {
        continue;
      }
      RequirementResult rb = match.get();
      boolean neitherApplies = !ra.applies() && !rb.applies();
      if (neitherApplies || ra.outcome() == rb.outcome() && ra.applies() == rb.applies()
          && ra.test().equals(rb.test())) {
        continue;
      }
      Map<String, FactUse> fa = byKey(ra, true);
      Map<String, FactUse> fb = byKey(rb, true);
      List<FactDifference> facts = new ArrayList<>();
      java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(fa.keySet());
      keys.addAll(fb.keySet());
      for (String k : keys) {
        FactUse x = fa.get(k);
        FactUse y = fb.get(k);
        if (x != null && y != null && x.value().equals(y.value()) && x.outcome() == y.outcome()) {
          continue;
        }
        FactUse any = x != null ? x : y;
        facts.add(new FactDifference(any.subject(), any.aspect(),
            Optional.ofNullable(x).map(f -> new Standing(shown(f), f.outcome(), List.of(ra.id()))),
            Optional.ofNullable(y).map(f -> new Standing(shown(f), f.outcome(), List.of(rb.id())))));
      }
      out.add(new RequirementDifference(ra.id(), ra.tier(), ra.message(), rb.message(), facts));
    }
    return new ReleaseDiff(a, b, a.verdict().equals(b.verdict()), out);
  }

  /** The facts that split two definitions' evaluations of the same release. */
  public static Disagreement definitions(Evaluation a, Evaluation b) {
    Map<String, Standing> sa = standings(a);
    Map<String, Standing> sb = standings(b);
    List<FactDifference> both = new ArrayList<>();
    List<FactDifference> one = new ArrayList<>();
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(sa.keySet());
    keys.addAll(sb.keySet());
    for (String k : keys) {
      Standing x = sa.get(k);
      Standing y = sb.get(k);
      String subject = k.substring(0, k.indexOf('\u0000'));
      String aspect = k.substring(k.indexOf('\u0000') + 1);
      if (x != null && y != null) {
        if (x.outcome() != y.outcome()) {
          both.add(new FactDifference(subject, aspect, Optional.of(x), Optional.of(y)));
        }
      } else {
        Standing present = x != null ? x : y;
        if (present.outcome() != Outcome.SATISFIED) {
          one.add(new FactDifference(subject, aspect, Optional.ofNullable(x), Optional.ofNullable(y)));
        }
      }
    }
    both.addAll(one);
    return new Disagreement(a, b, both);
  }

  /** Per fact, how the rules that decide the verdict judged it. */
  private static Map<String, Standing> standings(Evaluation e) {
    List<RequirementResult> deciding = deciding(e);
    Map<String, Standing> out = new LinkedHashMap<>();
    for (RequirementResult r : deciding) {
      for (FactUse f : byKey(r, false).values()) {
        String key = f.subject() + "\u0000" + f.aspect();
        Standing s = out.get(key);
        if (s == null) {
          out.put(key, new Standing(shown(f), f.outcome(), List.of(r.id())));
        } else {
          List<String> rules = new ArrayList<>(s.rules());
          if (!rules.contains(r.id())) {
            rules.add(r.id());
          }
          out.put(key, new Standing(s.value(), worse(s.outcome(), f.outcome()), rules));
        }
      }
    }
    return out;
  }

  /**
   * The results that decide a verdict: every applicable requirement; for categories the category reached and the
   * ones above it (a less open category's condition failing says nothing against the release).
   */
  private static List<RequirementResult> deciding(Evaluation e) {
    if (e.verdict() instanceof Verdict.Category c) {
      List<RequirementResult> all = e.requirements();
      int from = 0;
      if (c.category().isPresent()) {
        for (int i = 0; i < all.size(); i++) {
          if (all.get(i).id().equals(c.category().get())) {
            from = i;
          }
        }
      }
      return all.subList(from, all.size());
    }
    return e.requirements().stream().filter(RequirementResult::applies).toList();
  }

  private static Outcome worse(Outcome x, Outcome y) {
    if (x == Outcome.VIOLATED || y == Outcome.VIOLATED) {
      return Outcome.VIOLATED;
    }
    return x == Outcome.UNKNOWN || y == Outcome.UNKNOWN ? Outcome.UNKNOWN : Outcome.SATISFIED;
  }

  /**
   * Per fact, the use that decided the rule: among the uses whose outcome is the rule's own (the branch of an
   * {@code or} that held, the part of an {@code and} that failed), the first; a rule none of whose uses came out as it
   * did (under a {@code not}) counts all its uses. With {@code all}, the facts it used without deciding follow.
   */
  private static Map<String, FactUse> byKey(RequirementResult r, boolean all) {
    List<FactUse> deciding = r.facts().stream().filter(f -> f.outcome() == r.outcome()).toList();
    Map<String, FactUse> out = new LinkedHashMap<>();
    for (FactUse f : deciding.isEmpty() ? r.facts() : deciding) {
      out.putIfAbsent(f.subject() + "\u0000" + f.aspect(), f);
    }
    if (all) {
      for (FactUse f : r.facts()) {
        out.putIfAbsent(f.subject() + "\u0000" + f.aspect(), f);
      }
    }
    return out;
  }

  private static String shown(FactUse f) {
    return f.value() + f.provenance().map(p -> " (" + p + ")").orElse("");
  }
}
