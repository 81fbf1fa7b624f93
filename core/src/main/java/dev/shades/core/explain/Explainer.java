package dev.shades.core.explain;

import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.FactUse;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Shape;
import dev.shades.core.definition.Tier;
import dev.shades.core.definition.Verdict;
import dev.shades.core.license.LicenseExpression;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Availability;
import dev.shades.core.model.Completeness;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.DataInformation;
import dev.shades.core.model.DataInformationAspect;
import dev.shades.core.model.Disclosure;
import dev.shades.core.model.Fact;
import dev.shades.core.model.FactValue;
import dev.shades.core.model.Facts;
import dev.shades.core.model.Grade;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Release;
import dev.shades.core.model.StandardFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Finds the path to the next verdict: the smallest sets of changes to a release that reach the next tier, a pass or
 * the next category, and for scores the single changes ranked by the score they gain.
 *
 * <p>The changes it considers make a release more open or more completely described, never less: release a
 * component openly (keeping its licence, or under one of a few common open licences: Apache-2.0, MIT, CC-BY-4.0,
 * CDLA-Permissive-2.0, OpenMDW-1.0, CC0-1.0), put a released component under such a licence, release all of a
 * component released in part, disclose in full what its data information leaves out, raise a declared grade to
 * open, and state a yes/no fact the description leaves unknown (either value is tried) or its access channels
 * (download, API or hosted interface, each tried alone). Each candidate
 * is first tried alone and kept only when it brings the release closer (more of the relevant requirements, or of
 * the facts they test, satisfied); then sets of the best candidate per component are tried, smallest first, up to
 * four changes or 20,000 evaluations, whichever comes first; beyond that a greedy search finds one set and drops
 * every change it does not need. Thread-safe; the result depends only on the definition and the release.
 */
public final class Explainer {
  // The common open licences tried, most usual for the component's content first (ties go to the first).
  private static final Map<dev.shades.core.model.ContentType, List<String>> LICENSES = Map.of(
      dev.shades.core.model.ContentType.CODE,
      List.of("Apache-2.0", "MIT", "OpenMDW-1.0", "CC-BY-4.0", "CDLA-Permissive-2.0", "CC0-1.0"),
      dev.shades.core.model.ContentType.DATA,
      List.of("CDLA-Permissive-2.0", "CC-BY-4.0", "OpenMDW-1.0", "Apache-2.0", "MIT", "CC0-1.0"),
      dev.shades.core.model.ContentType.DOCUMENT,
      List.of("CC-BY-4.0", "CC0-1.0", "OpenMDW-1.0", "Apache-2.0", "MIT", "CDLA-Permissive-2.0"));
  private static final int LICENSES_SHOWN = 3;
  private static final int MAX_SET = 4;
  private static final int BUDGET = 20_000;
  private static final int MAX_PATHS = 5;
  private static final int MAX_SCORE_CHANGES = 10;

  private final Evaluator evaluator;

  private Explainer(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** An explainer that evaluates with the standard evaluator. */
  public static Explainer create() {
    return new Explainer(Evaluator.create());
  }

  /** An explainer that evaluates with this evaluator. */
  public static Explainer with(Evaluator evaluator) {
    return new Explainer(Objects.requireNonNull(evaluator, "evaluator"));
  }

  /** The path from the release's verdict under the definition to the next verdict. */
  public NextVerdict explain(Definition definition, Release release) {
    Evaluation base = evaluator.evaluate(definition, release);
    Goal goal = goal(definition, base.verdict());
    String current = base.verdict().summary();
    if (goal == null) {
      return new NextVerdict(current, Optional.empty(), List.of(),
          Optional.of(definition.shape() instanceof Shape.Score
              ? "already at the highest score" : "already at the most open verdict"));
    }
    return new Search(definition, release, base, goal).run(current);
  }

  /**
   * The release with these changes made: what-if, for checking a path or trying one's own.
   *
   * @throws IllegalArgumentException if a change names a component kind the catalogue does not know, an action
   *     Shades does not make, or a licence action without a licence
   */
  public static Release apply(Release release, List<Change> changes, ComponentCatalog catalog) {
    Release r = release;
    for (Change c : changes) {
      if (c.subject().startsWith("fact ")) {
        String key = c.subject().substring("fact ".length());
        for (String action : c.actions()) {
          if (!action.startsWith("fact=")) {
            throw new IllegalArgumentException("not a fact action: " + action);
          }
          String v = action.substring("fact=".length());
          r = withFact(r, key, key.equals(StandardFact.ACCESS_CHANNELS.key())
              ? new FactValue.TextList(List.of(v.replaceAll("[\\[\\] ]", "").split(",")))
              : new FactValue.Bool(Boolean.parseBoolean(v)));
        }
        continue;
      }
      ComponentKind kind = catalog.find(c.subject())
          .orElseThrow(() -> new IllegalArgumentException("unknown component kind: " + c.subject()));
      if (c.actions().contains("license") && c.licenses().isEmpty()) {
        throw new IllegalArgumentException("a licence action needs a licence");
      }
      for (String action : c.actions()) {
        if (!ACTIONS.contains(action)) {
          throw new IllegalArgumentException("unknown action: " + action);
        }
      }
      r = act(r, kind, c.actions(), c.licenses().stream().findFirst());
    }
    return r;
  }

  /** The actions a change to a component can take, in the order they are listed. */
  private static final List<String> ACTIONS = List.of("open", "license", "complete", "disclose", "grade");

  /**
   * The release with these actions taken on one component: availability open, the licence given, completeness
   * full, every data-information aspect disclosed, declared grade open. One edit for the search and for
   * {@link #apply}.
   */
  private static Release act(Release r, ComponentKind kind, List<String> actions, Optional<String> license) {
    Component current = r.component(kind);
    Component.Builder x = current.toBuilder();
    for (String action : actions) {
      switch (action) {
        case "open" -> x.availability(Availability.OPEN);
        case "license" -> x.license(LicenseStatement.of(LicenseExpression.Simple.of(license.orElseThrow())));
        case "complete" -> x.completeness(Completeness.FULL);
        case "disclose" -> x.dataInformation(disclosed(current, undisclosed(current)));
        case "grade" -> x.grade(Grade.OPEN);
        default -> throw new IllegalArgumentException("unknown action: " + action);
      }
    }
    return r.withComponent(x.build());
  }

  /** The data-information aspects of a component that are not disclosed in full. */
  private static List<DataInformationAspect> undisclosed(Component c) {
    List<DataInformationAspect> out = new ArrayList<>();
    for (DataInformationAspect aspect : DataInformationAspect.values()) {
      if (c.dataInformation().map(i -> i.disclosure(aspect)).orElse(Disclosure.UNKNOWN) != Disclosure.DISCLOSED) {
        out.add(aspect);
      }
    }
    return out;
  }

  /** What counts as the next verdict, and which requirement results measure progress toward it. */
  private record Goal(String target, Predicate<Verdict> reached, Predicate<RequirementResult> relevant,
      boolean score) {}

  private static Goal goal(Definition d, Verdict v) {
    if (v instanceof Verdict.Binary b) {
      return b.passed().orElse(false) ? null : new Goal("passed", x -> x instanceof Verdict.Binary y
          && y.passed().orElse(false), r -> true, false);
    }
    if (v instanceof Verdict.Tiers t && d.shape() instanceof Shape.Tiers shape) {
      List<String> names = shape.tiers().stream().map(Tier::name).toList();
      int reached = t.tier().map(names::indexOf).orElse(-1);
      if (reached == names.size() - 1) {
        return null;
      }
      int target = reached + 1;
      Set<String> upTo = Set.copyOf(names.subList(0, target + 1));
      return new Goal(names.get(target), x -> x instanceof Verdict.Tiers y
          && y.tier().map(names::indexOf).orElse(-1) >= target,
          r -> r.tier().map(upTo::contains).orElse(false), false);
    }
    if (v instanceof Verdict.Category c && d.shape() instanceof Shape.Categories shape) {
      List<String> names = shape.categories().stream().map(dev.shades.core.definition.Category::name).toList();
      int at = c.category().map(names::indexOf).orElse(-1);
      if (at == names.size() - 1) {
        return null;
      }
      // The next category up; when more open ones hang on unknowns, the most open of those (what stating the
      // unknowns could give).
      int target = c.undetermined().isEmpty() ? at + 1
          : c.undetermined().stream().mapToInt(names::indexOf).max().orElse(at + 1);
      Set<String> above = Set.copyOf(names.subList(at + 1, names.size()));
      String text = target == names.size() - 1 ? names.get(target) : names.get(target) + " or above";
      return new Goal(text, x -> x instanceof Verdict.Category y
          && y.category().map(names::indexOf).orElse(-1) >= target, r -> above.contains(r.id()), false);
    }
    if (v instanceof Verdict.Score s) {
      boolean top = s.dimensions().values().stream().allMatch(i -> i.isExact() && i.low() >= 1.0);
      return top ? null : new Goal("a higher score", x -> false, r -> true, true);
    }
    return null;
  }

  /**
   * A candidate change with the edit that makes it.
   *
   * @param what what it does to the component, in a fixed order: {@code open}, {@code license}, {@code complete},
   *     {@code disclose}, {@code grade}; or {@code fact=<value>}
   * @param now the current state, for the description
   */
  private record Option(String subject, Change.Kind kind, List<String> what, Optional<String> license,
      int disruption, String now, String aspects, UnaryOperator<Release> edit) {}

  /** An option tried alone: how far it moved the release. */
  private record Tried(Option option, long gain, double scoreGain, boolean reaches) {}

  private final class Search {
    private final Definition definition;
    private final Release release;
    private final Goal goal;
    private final Evaluation base;
    private final long baseMeasure;
    private final double baseLow;
    private final double baseHigh;
    private int evaluations;

    Search(Definition definition, Release release, Evaluation base, Goal goal) {
      this.definition = definition;
      this.release = release;
      this.goal = goal;
      this.base = base;
      this.baseMeasure = measure(base);
      this.baseLow = base.verdict() instanceof Verdict.Score s ? s.score().low() : 0;
      this.baseHigh = base.verdict() instanceof Verdict.Score s ? s.score().high() : 0;
    }

    NextVerdict run(String current) {
      // Each option alone; per subject keep the best, and remember which licences did as well. Only components the
      // definition was seen to test are tried; a change can bring further components into view (a rule that stopped
      // at its first failing part), so this repeats until no new component appears.
      Map<String, List<Tried>> bySubject = new LinkedHashMap<>();
      boolean graded = base.requirements().stream().flatMap(r -> r.facts().stream())
          .anyMatch(f -> f.aspect().equals("grade"));
      Set<String> seen = new LinkedHashSet<>();
      List<Option> pending = new ArrayList<>();
      newSubjects(base, seen, graded, pending);
      factOptions(pending);
      while (!pending.isEmpty()) {
        Option o = pending.remove(0);
        Evaluation e = evaluator.evaluate(definition, o.edit().apply(release));
        newSubjects(e, seen, graded, pending);
        evaluations++;
        double low = e.verdict() instanceof Verdict.Score s ? s.score().low() : 0;
        double high = e.verdict() instanceof Verdict.Score s ? s.score().high() : 0;
        double scoreGain = low - baseLow > 1e-12 ? low - baseLow : Math.max(0, high - baseHigh) * 1e-6;
        Tried t = new Tried(o, measure(e) - baseMeasure, scoreGain, goal.reached().test(e.verdict()));
        if (t.reaches() || t.gain() > 0 || t.scoreGain() > 1e-15) {
          bySubject.computeIfAbsent(o.subject(), k -> new ArrayList<>()).add(t);
        }
      }
      Comparator<Tried> better = goal.score()
          ? Comparator.comparingDouble((Tried t) -> -t.scoreGain())
          : Comparator.comparing((Tried t) -> !t.reaches()).thenComparingLong(t -> -t.gain());
      better = better.thenComparingInt(t -> t.option().disruption());
      List<Change> changes = new ArrayList<>();
      List<Option> best = new ArrayList<>();
      List<Tried> bestTried = new ArrayList<>();
      for (List<Tried> tried : bySubject.values()) {
        List<Tried> sorted = tried.stream().sorted(better).toList();
        Tried top = sorted.get(0);
        // Licences that did exactly as well in the same kind of change.
        List<String> licenses = sorted.stream()
            .filter(t -> t.option().kind() == top.option().kind() && t.option().what().equals(top.option().what())
                && t.gain() == top.gain() && t.reaches() == top.reaches()
                && Math.abs(t.scoreGain() - top.scoreGain()) < 1e-12)
            .flatMap(t -> t.option().license().stream()).distinct().toList();
        best.add(top.option());
        bestTried.add(top);
        changes.add(change(top.option(), licenses));
      }
      if (goal.score()) {
        return scorePaths(current, best, bestTried, changes);
      }
      // Try the strongest candidates first, so that the first sets found are the likeliest.
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < best.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparing(i -> bestTried.get(i), better));
      List<List<Integer>> found = new ArrayList<>();
      int n = order.size();
      int firstSize = -1;
      for (int k = 1; k <= Math.min(MAX_SET, n) && evaluations < BUDGET; k++) {
        if (firstSize >= 0 && k > firstSize + 1) {
          break;
        }
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) {
          idx[i] = i;
        }
        while (evaluations < BUDGET && found.size() < MAX_PATHS) {
          List<Integer> set = new ArrayList<>();
          for (int i : idx) {
            set.add(order.get(i));
          }
          if (found.stream().noneMatch(set::containsAll) && reaches(best, set)) {
            found.add(set);
            if (firstSize < 0) {
              firstSize = k;
            }
          }
          if (!nextCombination(idx, n)) {
            break;
          }
        }
      }
      if (found.isEmpty()) {
        greedy(best).ifPresent(found::add);
      }
      if (found.isEmpty()) {
        List<String> unguessable = unguessableFacts();
        return new NextVerdict(current, Optional.of(goal.target()), List.of(), Optional.of(
            "no combination of the changes Shades can suggest (releasing components openly under common open "
                + "licences, completing them, disclosing data information, stating unknown yes/no facts) reaches "
                + goal.target() + (unguessable.isEmpty() ? "" : "; it also depends on unknown facts whose value "
                + "Shades cannot propose: " + String.join(", ", unguessable))));
      }
      List<ChangeSet> paths = new ArrayList<>();
      for (List<Integer> set : found) {
        List<Integer> sorted = set.stream().sorted().toList();
        Release changed = apply(best, sorted);
        paths.add(new ChangeSet(sorted.stream().map(changes::get).toList(),
            evaluator.verdict(definition, changed).summary(), Optional.empty()));
      }
      paths.sort(Comparator.comparingInt(p -> p.changes().size()));
      return new NextVerdict(current, Optional.of(goal.target()), paths, Optional.empty());
    }

    private NextVerdict scorePaths(String current, List<Option> best, List<Tried> tried, List<Change> changes) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < best.size(); i++) {
        if (tried.get(i).scoreGain() > 1e-15) {
          order.add(i);
        }
      }
      order.sort(Comparator.comparingDouble(i -> -tried.get(i).scoreGain()));
      List<ChangeSet> paths = new ArrayList<>();
      for (int i : order.subList(0, Math.min(MAX_SCORE_CHANGES, order.size()))) {
        Verdict v = evaluator.verdict(definition, best.get(i).edit().apply(release));
        double gain = v instanceof Verdict.Score s ? s.score().low() - baseLow : 0;
        paths.add(new ChangeSet(List.of(changes.get(i)), v.summary(), Optional.of(gain)));
      }
      return new NextVerdict(current, Optional.of(goal.target()), paths, paths.isEmpty()
          ? Optional.of("no single change Shades can suggest raises the score") : Optional.empty());
    }

    private boolean reaches(List<Option> best, List<Integer> set) {
      evaluations++;
      return goal.reached().test(evaluator.verdict(definition, apply(best, set)));
    }

    private Release apply(List<Option> best, List<Integer> set) {
      Release r = release;
      for (int i : set) {
        r = best.get(i).edit().apply(r);
      }
      return r;
    }

    /** Adds the change that helps most until the goal is reached, then drops every change it does not need. */
    private Optional<List<Integer>> greedy(List<Option> best) {
      List<Integer> chosen = new ArrayList<>();
      Release r = release;
      while (chosen.size() < best.size() && evaluations < 4 * BUDGET) {
        long now = measure(evaluator.evaluate(definition, r));
        int pick = -1;
        long pickGain = 0;
        for (int i = 0; i < best.size(); i++) {
          if (chosen.contains(i)) {
            continue;
          }
          Release next = best.get(i).edit().apply(r);
          evaluations++;
          Evaluation e = evaluator.evaluate(definition, next);
          long gain = goal.reached().test(e.verdict()) ? Long.MAX_VALUE : measure(e) - now;
          if (gain > pickGain) {
            pick = i;
            pickGain = gain;
          }
        }
        if (pick < 0) {
          return Optional.empty();
        }
        chosen.add(pick);
        r = best.get(pick).edit().apply(r);
        if (pickGain == Long.MAX_VALUE) {
          break;
        }
      }
      if (!reaches(best, chosen)) {
        return Optional.empty();
      }
      for (Integer i : List.copyOf(chosen)) {
        List<Integer> without = new ArrayList<>(chosen);
        without.remove(i);
        if (reaches(best, without)) {
          chosen = without;
        }
      }
      return Optional.of(chosen);
    }

    /** Progress toward the goal: relevant requirements satisfied, then the facts they test that are satisfied. */
    private long measure(Evaluation e) {
      long m = 0;
      for (RequirementResult r : e.requirements()) {
        if (!r.applies() || !goal.relevant().test(r)) {
          continue;
        }
        if (r.outcome() == Outcome.SATISFIED) {
          m += 1_000_000;
        } else if (r.outcome() == Outcome.UNKNOWN) {
          m += 1_000;
        }
        for (FactUse f : r.facts()) {
          if (f.outcome() == Outcome.SATISFIED) {
            m++;
          }
        }
      }
      return m;
    }

    /** Adds the options for components this evaluation tested that no earlier one did. */
    private void newSubjects(Evaluation e, Set<String> seen, boolean graded, List<Option> out) {
      for (RequirementResult r : e.requirements()) {
        for (FactUse f : r.facts()) {
          if (seen.add(f.subject())) {
            definition.catalog().find(f.subject()).ifPresent(kind -> componentOptions(kind, graded, out));
          }
        }
      }
    }

    private void componentOptions(ComponentKind kind, boolean graded, List<Option> out) {
      Component c = release.component(kind);
      String id = kind.id();
      Availability a = c.availability();
      boolean released = a == Availability.OPEN || a == Availability.GATED || a == Availability.RESTRICTED;
      boolean licenseUnknown = release.resolveLicense(kind).isUnknown()
          || c.license() instanceof LicenseStatement.Unrecognised;
      List<DataInformationAspect> missing = kind.equals(ComponentCatalog.TRAINING_DATA_INFORMATION)
          || c.dataInformation().isPresent() ? undisclosed(c) : List.of();
      // What can be changed besides the licence.
      List<String> names = new ArrayList<>();
      if (a != Availability.OPEN) {
        names.add("open");
      }
      if (c.completeness().orElse(Completeness.FULL) == Completeness.PARTIAL) {
        names.add("complete");
      }
      if (!missing.isEmpty()) {
        names.add("disclose");
      }
      if (graded && c.grade().orElse(Grade.CLOSED) != Grade.OPEN) {
        names.add("grade");
      }
      String availabilityNow = a.id();
      String licenseNow = licenseUnknown ? "licence unknown" : release.resolveLicense(kind).explain();
      String gradeNow = c.grade().map(g -> "graded " + g.id()).orElse("not graded");
      List<Optional<String>> licenses = new ArrayList<>();
      licenses.add(Optional.empty());
      LICENSES.get(kind.contentType()).forEach(l -> licenses.add(Optional.of(l)));
      // Every combination: requirements often test several facts of one component together.
      for (int mask = 0; mask < 1 << names.size(); mask++) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
          if ((mask & 1 << i) != 0) {
            parts.add(names.get(i));
          }
        }
        boolean opens = parts.contains("open");
        for (Optional<String> license : licenses) {
          if (parts.isEmpty() && license.isEmpty() || license.isPresent() && !released && !opens) {
            continue;
          }
          List<String> what = new ArrayList<>(parts);
          if (license.isPresent()) {
            what.add(opens ? 1 : 0, "license");
          }
          Change.Kind k = opens ? (a == Availability.UNKNOWN ? Change.Kind.RESOLVE
              : released ? Change.Kind.OPEN_ACCESS : Change.Kind.RELEASE)
              : license.isPresent() ? (licenseUnknown ? Change.Kind.RESOLVE : Change.Kind.RELICENSE)
              : parts.get(0).equals("complete") ? Change.Kind.COMPLETE
              : parts.get(0).equals("disclose") ? Change.Kind.DISCLOSE : Change.Kind.GRADE;
          List<String> now = new ArrayList<>();
          if (what.contains("open")) {
            now.add(availabilityNow);
          }
          if (what.contains("license") || what.contains("open")) {
            now.add(licenseNow);
          }
          if (what.contains("complete")) {
            now.add("partial");
          }
          if (what.contains("grade")) {
            now.add(gradeNow);
          }
          out.add(new Option(id, k, what, license, what.size(), now.isEmpty() ? "" : "now " + String.join(", ", now),
              aspects(missing), r -> act(r, kind, what, license)));
        }
      }
    }

    /** Unknown facts with values Shades does not propose (numbers, text), which a path may need. */
    private List<String> unguessableFacts() {
      List<String> out = new ArrayList<>();
      for (RequirementResult r : base.requirements()) {
        for (FactUse f : r.facts()) {
          if (f.subject().startsWith("fact ") && f.value().equals("unknown") && !out.contains(f.subject())
              && !proposable(f.subject().substring("fact ".length()))) {
            out.add(f.subject());
          }
        }
      }
      return out;
    }

    /** Yes/no and access facts that a relevant requirement found unknown: each value is tried. */
    private void factOptions(List<Option> out) {
      Set<String> keys = new LinkedHashSet<>();
      for (RequirementResult r : base.requirements()) {
        for (FactUse f : r.facts()) {
          if (f.subject().startsWith("fact ") && f.outcome() == Outcome.UNKNOWN && f.value().equals("unknown")) {
            keys.add(f.subject().substring("fact ".length()));
          }
        }
      }
      for (String key : keys) {
        // Each channel alone: a requirement may ask for any one of them.
        List<FactValue> values = key.equals(StandardFact.ACCESS_CHANNELS.key())
            ? java.util.Arrays.stream(dev.shades.core.model.AccessChannel.values())
                .filter(c -> c != dev.shades.core.model.AccessChannel.NONE)
                .<FactValue>map(c -> new FactValue.TextList(List.of(c.id()))).toList()
            : proposable(key) ? List.of(new FactValue.Bool(true), new FactValue.Bool(false)) : List.of();
        for (FactValue v : values) {
          out.add(new Option("fact " + key, Change.Kind.RESOLVE, List.of("fact=" + v), Optional.empty(), 1,
              "now unknown", "", r -> withFact(r, key, v)));
        }
      }
    }
  }

  /** Whether Shades proposes values for this fact: access channels and yes/no facts (free-form ones included). */
  private static boolean proposable(String key) {
    return StandardFact.fromKey(key).map(s -> !s.type().equals("number")).orElse(true);
  }

  private static DataInformation disclosed(Component c, List<DataInformationAspect> missing) {
    Map<DataInformationAspect, Fact<Disclosure>> aspects = new EnumMap<>(DataInformationAspect.class);
    c.dataInformation().ifPresent(i -> aspects.putAll(i.aspects()));
    for (DataInformationAspect a : missing) {
      aspects.put(a, Fact.of(Disclosure.DISCLOSED));
    }
    return new DataInformation(aspects, c.dataInformation().map(DataInformation::publicSources).orElse(List.of()),
        c.dataInformation().map(DataInformation::thirdPartySources).orElse(List.of()));
  }

  private static Release withFact(Release r, String key, FactValue value) {
    Map<String, Fact<FactValue>> facts = new LinkedHashMap<>(r.facts().values());
    facts.put(key, Fact.of(value));
    return r.withFacts(new Facts(facts));
  }

  private Change change(Option o, List<String> licenses) {
    return new Change(o.kind(), o.subject(), describe(o, licenses), o.what(), licenses);
  }

  private static String describe(Option o, List<String> licenses) {
    List<String> shown = licenses.size() <= LICENSES_SHOWN ? licenses : licenses.subList(0, LICENSES_SHOWN);
    String kinds = orList(shown) + (licenses.size() > LICENSES_SHOWN ? " (or another such licence)" : "");
    String under = licenses.isEmpty() ? "" : " under " + kinds;
    String s = o.subject();
    List<String> what = o.what();
    String now = o.now().isEmpty() ? "" : " (" + o.now() + ")";
    if (s.startsWith("fact ")) {
      return "state " + s + ": " + what.get(0).substring("fact=".length()) + now;
    }
    boolean resolve = o.kind() == Change.Kind.RESOLVE;
    List<String> clauses = new ArrayList<>();
    if (what.contains("open")) {
      clauses.add((resolve ? "state that " + s + " is released openly"
          : o.kind() == Change.Kind.OPEN_ACCESS ? "make " + s + " openly available (no gate or request)"
          : "release " + s + " openly") + (what.contains("license") ? under : ", keeping its licence"));
    } else if (what.contains("license")) {
      clauses.add(resolve ? "state the licence of " + s + ": " + kinds : "license " + s + under);
    }
    boolean first = clauses.isEmpty();
    if (what.contains("complete")) {
      clauses.add(first ? "release all of " + s : "release all of it");
    }
    if (what.contains("disclose")) {
      clauses.add((first ? "disclose in full in " + s + ": " : "disclose in it in full: ") + o.aspects());
    }
    if (what.contains("grade")) {
      clauses.add(first ? "raise the declared grade of " + s + " to open" : "raise its declared grade to open");
    }
    return String.join(", and ", clauses) + now;
  }

  private static String aspects(List<DataInformationAspect> aspects) {
    return String.join(", ", aspects.stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).toList());
  }

  private static String orList(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }

  /** Advances a combination of k indices out of n in lexicographic order; false after the last. */
  private static boolean nextCombination(int[] idx, int n) {
    int k = idx.length;
    int i = k - 1;
    while (i >= 0 && idx[i] == n - k + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    idx[i]++;
    for (int j = i + 1; j < k; j++) {
      idx[j] = idx[j - 1] + 1;
    }
    return true;
  }
}
