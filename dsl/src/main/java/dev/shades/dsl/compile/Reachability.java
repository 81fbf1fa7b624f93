package dev.shades.dsl.compile;

import dev.shades.core.definition.ComponentSelector;
import dev.shades.core.definition.ComponentTest;
import dev.shades.core.definition.Condition;
import dev.shades.core.definition.FactTest;
import dev.shades.core.model.Availability;
import dev.shades.core.model.ComponentKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds conjunctions of conditions that can never hold, whatever the release: a component that would have to have
 * two availabilities at once, at least N of fewer than N components, a fact that would have to be both true and
 * false or lie in an empty range, a choice none of whose alternatives can hold, {@code false}. It is sound (what
 * it reports can never hold) but not complete: licence tests, for instance, are taken to be independent.
 */
final class Reachability {
  private Reachability() {}

  /** Why the conditions cannot all hold at once, if they cannot. */
  static Optional<String> contradiction(List<Condition> conjuncts) {
    State s = new State();
    for (Condition c : conjuncts) {
      require(s, c);
      if (s.conflict != null) {
        return Optional.of(s.conflict);
      }
    }
    return Optional.empty();
  }

  /** What is known to be required so far. */
  private static final class State {
    final Map<String, Set<Availability>> allowed = new HashMap<>();
    final Map<String, List<String>> because = new HashMap<>();
    final Map<String, Boolean> booleans = new HashMap<>();
    final Map<String, double[]> ranges = new HashMap<>(); // low, high, lowOpen(0/1), highOpen(0/1)
    String conflict;

    State copy() {
      State c = new State();
      allowed.forEach((k, v) -> c.allowed.put(k, EnumSet.copyOf(v.isEmpty() ? EnumSet.noneOf(Availability.class)
          : EnumSet.copyOf(v))));
      because.forEach((k, v) -> c.because.put(k, new ArrayList<>(v)));
      c.booleans.putAll(booleans);
      ranges.forEach((k, v) -> c.ranges.put(k, v.clone()));
      c.conflict = conflict;
      return c;
    }
  }

  private static void require(State s, Condition c) {
    if (s.conflict != null) {
      return;
    }
    if (c instanceof Condition.Constant k) {
      if (!k.value()) {
        s.conflict = "it requires 'false'";
      }
    } else if (c instanceof Condition.All all) {
      all.conditions().forEach(x -> require(s, x));
    } else if (c instanceof Condition.Any any) {
      List<String> reasons = new ArrayList<>();
      for (Condition alt : any.conditions()) {
        State trial = s.copy();
        require(trial, alt);
        if (trial.conflict == null) {
          return;
        }
        reasons.add(trial.conflict);
      }
      s.conflict = "none of its alternatives can hold (" + String.join("; ", reasons) + ")";
    } else if (c instanceof Condition.Quantified q) {
      quantified(s, q, false);
    } else if (c instanceof Condition.Not n && n.condition() instanceof Condition.Quantified q) {
      quantified(s, q, true);
    } else if (c instanceof Condition.Not n && n.condition() instanceof Condition.Constant k) {
      require(s, new Condition.Constant(!k.value()));
    } else if (c instanceof Condition.Not n && n.condition() instanceof Condition.FactIs f
        && f.test() instanceof FactTest.IsTrue) {
      fixBoolean(s, f.key(), false);
    } else if (c instanceof Condition.FactIs f) {
      if (f.test() instanceof FactTest.IsTrue) {
        fixBoolean(s, f.key(), true);
      } else if (f.test() instanceof FactTest.Compare cmp) {
        range(s, f.key(), cmp);
      }
    }
  }

  private static void quantified(State s, Condition.Quantified q, boolean negated) {
    if (!(q.selector() instanceof ComponentSelector.Kinds kinds)) {
      return;
    }
    int n = kinds.kinds().size();
    if (!negated && q.quantifier() == Condition.Quantifier.AT_LEAST && q.count() > n) {
      s.conflict = "it requires at least " + q.count() + " of " + n + " component" + (n == 1 ? "" : "s");
      return;
    }
    boolean forEach = !negated && q.quantifier() == Condition.Quantifier.ALL
        || !negated && q.quantifier() == Condition.Quantifier.AT_LEAST && q.count() == n && n > 0
        || negated && q.quantifier() == Condition.Quantifier.ANY
        || negated && n == 1 && (q.quantifier() != Condition.Quantifier.AT_LEAST || q.count() == 1);
    if (!forEach) {
      return;
    }
    Set<Availability> a = allowedBy(negated ? new ComponentTest.Not(q.test()) : q.test());
    if (a == null) {
      return;
    }
    for (ComponentKind k : kinds.kinds()) {
      narrow(s, k.id(), a, (negated ? "not " : "") + q.test().describe());
      if (s.conflict != null) {
        return;
      }
    }
  }

  /** The availabilities a component test allows, or null when it does not constrain availability. */
  private static Set<Availability> allowedBy(ComponentTest t) {
    // A test that depends on availability alone allows exactly the availabilities it holds for.
    Set<Availability> exact = exactly(t);
    if (exact != null) {
      return exact;
    }
    if (t instanceof ComponentTest.All all) {
      Set<Availability> out = null;
      for (ComponentTest x : all.tests()) {
        Set<Availability> y = allowedBy(x);
        if (y != null) {
          if (out == null) {
            out = EnumSet.allOf(Availability.class);
          }
          out.retainAll(y);
        }
      }
      return out;
    } else if (t instanceof ComponentTest.Any any) {
      Set<Availability> out = EnumSet.noneOf(Availability.class);
      for (ComponentTest x : any.tests()) {
        Set<Availability> y = allowedBy(x);
        if (y == null) {
          return null;
        }
        out.addAll(y);
      }
      return out;
    }
    return null;
  }

  /** The availabilities for which the test holds, when that depends on availability alone. */
  private static Set<Availability> exactly(ComponentTest t) {
    if (t instanceof ComponentTest.AvailabilityIn a) {
      return a.values().isEmpty() ? EnumSet.noneOf(Availability.class) : EnumSet.copyOf(a.values());
    } else if (t instanceof ComponentTest.Any any) {
      Set<Availability> out = EnumSet.noneOf(Availability.class);
      for (ComponentTest x : any.tests()) {
        Set<Availability> y = exactly(x);
        if (y == null) {
          return null;
        }
        out.addAll(y);
      }
      return out;
    } else if (t instanceof ComponentTest.All all) {
      Set<Availability> out = EnumSet.allOf(Availability.class);
      for (ComponentTest x : all.tests()) {
        Set<Availability> y = exactly(x);
        if (y == null) {
          return null;
        }
        out.retainAll(y);
      }
      return out;
    } else if (t instanceof ComponentTest.Not not) {
      Set<Availability> inner = exactly(not.test());
      if (inner != null) {
        Set<Availability> out = EnumSet.allOf(Availability.class);
        out.removeAll(inner);
        return out;
      }
    }
    return null;
  }

  private static void narrow(State s, String kind, Set<Availability> allowed, String label) {
    Set<Availability> now = s.allowed.computeIfAbsent(kind, k -> EnumSet.allOf(Availability.class));
    now.retainAll(allowed);
    s.because.computeIfAbsent(kind, k -> new ArrayList<>()).add(label);
    if (now.isEmpty()) {
      s.conflict = "'" + kind + "' would have to be " + String.join(" and ", s.because.get(kind)) + " at once";
    }
  }

  private static void fixBoolean(State s, String key, boolean value) {
    Boolean before = s.booleans.put(key, value);
    if (before != null && before != value) {
      s.conflict = "fact '" + key + "' would have to be both true and false";
    }
  }

  private static void range(State s, String key, FactTest.Compare cmp) {
    double[] r = s.ranges.computeIfAbsent(key, k -> new double[] {Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, 0, 0});
    double b = cmp.bound();
    switch (cmp.op()) {
      case GT, GE -> {
        boolean open = cmp.op() == FactTest.Comparison.GT;
        if (b > r[0] || (b == r[0] && open)) {
          r[0] = b;
          r[2] = open ? 1 : 0;
        }
      }
      case LT, LE -> {
        boolean open = cmp.op() == FactTest.Comparison.LT;
        if (b < r[1] || (b == r[1] && open)) {
          r[1] = b;
          r[3] = open ? 1 : 0;
        }
      }
      case EQ -> {
        range(s, key, new FactTest.Compare(FactTest.Comparison.GE, b));
        range(s, key, new FactTest.Compare(FactTest.Comparison.LE, b));
        return;
      }
      default -> {
        return;
      }
    }
    if (r[0] > r[1] || (r[0] == r[1] && (r[2] == 1 || r[3] == 1))) {
      s.conflict = "fact '" + key + "' would have to lie in an empty range";
    }
  }
}
