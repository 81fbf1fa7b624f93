package dev.shades.core.definition;

import com.google.common.collect.MapMaker;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Availability;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentKind;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;

/**
 * How verdict-only evaluation runs a definition's requirements: each condition as a {@link Check}, and the commonest
 * condition — one component, an availability test and a licence test ({@code model-parameters is released with
 * license open}) — as one specialised check that does in a few steps what the tree of conditions does in many
 * calls. Explained evaluation never uses it: it walks the tree, recording every fact.
 *
 * <p>A plan is made once per definition (held weakly, by identity) and shared between threads; it is immutable.
 * A specialised check gives exactly the outcome of the condition it replaces (tested over every built-in
 * definition and description).
 */
final class VerdictPlan {
  private static final ConcurrentMap<Definition, VerdictPlan> PLANS = new MapMaker().weakKeys().makeMap();

  /** The checks of a binary definition's requirements, in order (empty otherwise). */
  final Check[] requirements;
  /** The checks of each tier's own requirements, in order (empty when the definition has no tiers). */
  final Check[][] tiers;
  /** The tiers' names, in order (empty when the definition has no tiers). */
  final List<String> tierNames;
  /** For each tier, the index of the tier it extends, or -1. */
  final int[] extended;

  private VerdictPlan(Shape shape) {
    if (shape instanceof Shape.Binary b) {
      requirements = checks(b.requirements());
      tiers = new Check[0][];
      tierNames = List.of();
      extended = new int[0];
    } else if (shape instanceof Shape.Tiers t) {
      requirements = new Check[0];
      tiers = new Check[t.tiers().size()][];
      for (int i = 0; i < tiers.length; i++) {
        tiers[i] = checks(t.tiers().get(i).requirements());
      }
      tierNames = t.tiers().stream().map(Tier::name).toList();
      extended = new int[tiers.length];
      for (int i = 0; i < tiers.length; i++) {
        // As the builder checks: a tier extends one below it; anything else is not followed.
        int below = t.tiers().get(i).extendsTier().map(tierNames::indexOf).orElse(-1);
        extended[i] = below < i ? below : -1;
      }
    } else {
      requirements = new Check[0];
      tiers = new Check[0][];
      tierNames = List.of();
      extended = new int[0];
    }
  }

  /** The plan of a definition, made on first use. */
  static VerdictPlan of(Definition definition) {
    VerdictPlan plan = PLANS.get(definition);
    if (plan == null) {
      plan = new VerdictPlan(definition.shape());
      PLANS.putIfAbsent(definition, plan);
    }
    return plan;
  }

  /** Per requirement, its condition's check and (when it has one) its {@code when} condition's check. */
  private static Check[] checks(List<Requirement> requirements) {
    Check[] out = new Check[requirements.size()];
    for (int i = 0; i < out.length; i++) {
      Requirement r = requirements.get(i);
      Check condition = check(r.condition());
      out[i] = r.applies().isPresent() ? new When(check(r.applies().get()), condition) : condition;
    }
    return out;
  }

  /** The check for a condition: specialised when it has the common form, else the condition itself. */
  static Check check(Condition condition) {
    if (condition instanceof Condition.Quantified q && q.quantifier() == Condition.Quantifier.ALL
        && q.selector() instanceof ComponentSelector.Kinds k && k.kinds().size() == 1) {
      ComponentTest.License license = null;
      Set<Availability> accepted = null;
      if (q.test() instanceof ComponentTest.All all && all.tests().size() == 2
          && all.tests().get(1) instanceof ComponentTest.License l) {
        accepted = availabilities(all.tests().get(0));
        license = l;
      } else {
        accepted = availabilities(q.test());
      }
      if (accepted != null) {
        return new ReleasedWithLicense(k.kinds().get(0), accepted, license);
      }
    }
    if (condition instanceof Condition.Any any) {
      return new AnyOf(any.conditions().stream().map(VerdictPlan::check).toArray(Check[]::new));
    }
    return new General(condition);
  }

  /**
   * The availabilities a test accepts when it is an availability test, or several joined by {@code or} (their
   * union: an unknown availability is unknown under each part, as under the union, unless one accepts it); else
   * null.
   */
  private static Set<Availability> availabilities(ComponentTest test) {
    if (test instanceof ComponentTest.AvailabilityIn a) {
      return a.values();
    }
    if (test instanceof ComponentTest.Any any && !any.tests().isEmpty()) {
      Set<Availability> union = java.util.EnumSet.noneOf(Availability.class);
      for (ComponentTest part : any.tests()) {
        if (!(part instanceof ComponentTest.AvailabilityIn a)) {
          return null;
        }
        union.addAll(a.values());
      }
      return union;
    }
    return null;
  }

  /** A condition, as verdict-only evaluation runs it. */
  abstract static class Check {
    abstract Outcome test(EvaluationContext context);
  }

  /**
   * A requirement with a {@code when}: the applicability check and the condition's. {@link #test} gives the
   * condition's outcome; the evaluator asks {@link #applies} first.
   */
  static final class When extends Check {
    final Check applies;
    private final Check condition;

    When(Check applies, Check condition) {
      this.applies = applies;
      this.condition = condition;
    }

    @Override
    Outcome test(EvaluationContext context) {
      return condition.test(context);
    }
  }

  /** Any of several conditions holds (Kleene disjunction), each part planned in its turn. */
  static final class AnyOf extends Check {
    private final Check[] parts;

    AnyOf(Check[] parts) {
      this.parts = parts;
    }

    @Override
    Outcome test(EvaluationContext context) {
      Outcome o = Outcome.VIOLATED;
      for (Check part : parts) {
        o = o.or(part.test(context));
        if (o == Outcome.SATISFIED) {
          return o;
        }
      }
      return o;
    }
  }

  /** Any condition: the tree of conditions, walked. */
  static final class General extends Check {
    private final Condition condition;

    General(Condition condition) {
      this.condition = condition;
    }

    @Override
    Outcome test(EvaluationContext context) {
      return condition.test(context);
    }
  }

  /**
   * One component's availability in a set, and (optionally) a licence test: the outcome of
   * {@code Quantified(ALL, [kind], All[AvailabilityIn, License])} or {@code Quantified(ALL, [kind], AvailabilityIn)}.
   */
  static final class ReleasedWithLicense extends Check {
    private final ComponentKind kind;
    private final boolean[] accepted = new boolean[Availability.values().length];
    private final boolean acceptsUnknown;
    /** The licence test with named sets unwrapped (they only name it for explanations), or null for none. */
    private final LicenseTest license;

    ReleasedWithLicense(ComponentKind kind, Set<Availability> values, ComponentTest.License license) {
      this.kind = kind;
      for (Availability a : values) {
        accepted[a.ordinal()] = true;
      }
      this.acceptsUnknown = values.contains(Availability.UNKNOWN);
      LicenseTest test = license == null ? null : license.test();
      while (test instanceof LicenseTest.Named n) {
        test = n.body();
      }
      this.license = test;
    }

    @Override
    Outcome test(EvaluationContext context) {
      Component c = context.release().component(kind);
      Availability a = context.availability(c);
      Outcome available = a == Availability.UNKNOWN && !acceptsUnknown ? Outcome.UNKNOWN
          : accepted[a.ordinal()] ? Outcome.SATISFIED : Outcome.VIOLATED;
      if (available == Outcome.VIOLATED || license == null) {
        return available;
      }
      return available.and(ComponentTest.License.outcome(license, context.licenseStatement(c),
          c.kind().contentType(), context.knowledge()));
    }
  }
}
