package dev.shades.core.definition;

import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.Fact;
import dev.shades.core.model.FactValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A condition on a whole release: the body of a requirement, a warning, a category or a score case. */
public sealed interface Condition {

  /** The outcome for the context's release. */
  Outcome test(EvaluationContext context);

  /** How the condition reads in a policy file. */
  String describe();

  /** How components are counted by a {@link Quantified} condition. */
  enum Quantifier {
    /** Every selected component. */
    ALL,
    /** At least one selected component. */
    ANY,
    /** At least N selected components. */
    AT_LEAST
  }

  /**
   * A test on the selected components: all of them, any, or at least N.
   *
   * @param quantifier how they are counted
   * @param count N for {@link Quantifier#AT_LEAST} (ignored otherwise)
   * @param selector which components
   * @param test the test on each
   */
  record Quantified(Quantifier quantifier, int count, ComponentSelector selector, ComponentTest test)
      implements Condition {
    /** Validates the parts. */
    public Quantified {
      Objects.requireNonNull(quantifier, "quantifier");
      Objects.requireNonNull(selector, "selector");
      Objects.requireNonNull(test, "test");
      if (quantifier == Quantifier.AT_LEAST && count < 0) {
        throw new IllegalArgumentException("at least a negative number");
      }
    }

    /** All of the components pass the test. */
    public static Quantified all(ComponentSelector selector, ComponentTest test) {
      return new Quantified(Quantifier.ALL, 0, selector, test);
    }

    /** One component passes the test. */
    public static Quantified one(ComponentKind kind, ComponentTest test) {
      return new Quantified(Quantifier.ALL, 0, new ComponentSelector.Kinds(List.of(kind)), test);
    }

    @Override
    public Outcome test(EvaluationContext context) {
      List<ComponentKind> kinds = selector.select(context.release(), context.catalog());
      int satisfied = 0;
      int unknown = 0;
      for (ComponentKind kind : kinds) {
        Component c = context.release().component(kind);
        Outcome o = test.test(c, context);
        if (context.tracing()) {
          context.settle(kind, o);
        }
        if (o == Outcome.SATISFIED) {
          satisfied++;
        } else if (o == Outcome.UNKNOWN) {
          unknown++;
        }
      }
      int n = kinds.size();
      return switch (quantifier) {
        case ALL -> satisfied == n ? Outcome.SATISFIED : satisfied + unknown == n ? Outcome.UNKNOWN
            : Outcome.VIOLATED;
        case ANY -> satisfied > 0 ? Outcome.SATISFIED : unknown > 0 ? Outcome.UNKNOWN : Outcome.VIOLATED;
        case AT_LEAST -> satisfied >= count ? Outcome.SATISFIED : satisfied + unknown >= count ? Outcome.UNKNOWN
            : Outcome.VIOLATED;
      };
    }

    @Override
    public String describe() {
      String what = selector.describe();
      return switch (quantifier) {
        case ALL -> (selector instanceof ComponentSelector.Kinds k && k.kinds().size() == 1 ? what
            : "all of " + what) + " " + test.describe();
        case ANY -> "any of " + what + " " + test.describe();
        case AT_LEAST -> "at least " + count + " of " + what + " " + test.describe();
      };
    }
  }

  /**
   * A test on a release fact; a fact that is not stated is unknown (or violated, when the definition treats
   * unknown as violated), except for {@link FactTest.Known}.
   *
   * @param key the fact's key
   * @param test the test on its value
   */
  record FactIs(String key, FactTest test) implements Condition {
    /** Validates the parts. */
    public FactIs {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(test, "test");
    }

    @Override
    public Outcome test(EvaluationContext context) {
      Optional<Fact<FactValue>> fact = context.release().facts().get(key);
      Outcome o;
      if (fact.isPresent()) {
        o = test.test(fact.get().value());
      } else if (test instanceof FactTest.Known) {
        o = Outcome.VIOLATED;
      } else {
        o = context.policy() == UnknownPolicy.AS_VIOLATED ? Outcome.VIOLATED : Outcome.UNKNOWN;
      }
      if (context.tracing()) {
        context.use(new FactUse("fact " + key, "value", fact.map(f -> f.value().toString()).orElse("unknown"),
            fact.flatMap(Fact::note), o, fact.map(Fact::evidence).orElse(List.of())));
      }
      return o;
    }

    @Override
    public String describe() {
      return "fact " + key + test.describe();
    }
  }

  /** The release names a base release it was derived from. */
  record HasBase() implements Condition {
    @Override
    public Outcome test(EvaluationContext context) {
      Outcome o = Outcome.of(context.release().base().isPresent());
      if (context.tracing()) {
        context.use(new FactUse("base", "presence", context.release().base().map(b -> b.release().name())
            .orElse("none"), Optional.empty(), o, List.of()));
      }
      return o;
    }

    @Override
    public String describe() {
      return "has base";
    }
  }

  /**
   * Lineage: the condition holds for the base release. A release with no base satisfies it (there is nothing it
   * depends on).
   *
   * @param condition the condition on the base
   */
  record OnBase(Condition condition) implements Condition {
    /** Validates the condition. */
    public OnBase {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public Outcome test(EvaluationContext context) {
      return context.release().base()
          .map(b -> condition.test(context.onBase(b.release())))
          .orElse(Outcome.SATISFIED);
    }

    @Override
    public String describe() {
      return "base (" + condition.describe() + ")";
    }
  }

  /**
   * All the conditions hold.
   *
   * @param conditions the conditions
   */
  record All(List<Condition> conditions) implements Condition {
    /** Copies the conditions. */
    public All {
      conditions = List.copyOf(conditions);
    }

    @Override
    public Outcome test(EvaluationContext context) {
      Outcome o = Outcome.SATISFIED;
      for (Condition c : conditions) {
        o = o.and(c.test(context));
      }
      return o;
    }

    @Override
    public String describe() {
      return conditions.stream().map(Condition::paren).collect(Collectors.joining(" and "));
    }
  }

  /**
   * Any of the conditions holds.
   *
   * @param conditions the conditions
   */
  record Any(List<Condition> conditions) implements Condition {
    /** Copies the conditions. */
    public Any {
      conditions = List.copyOf(conditions);
    }

    @Override
    public Outcome test(EvaluationContext context) {
      Outcome o = Outcome.VIOLATED;
      for (Condition c : conditions) {
        o = o.or(c.test(context));
      }
      return o;
    }

    @Override
    public String describe() {
      return conditions.stream().map(Condition::paren).collect(Collectors.joining(" or "));
    }
  }

  /**
   * The condition does not hold.
   *
   * @param condition the condition
   */
  record Not(Condition condition) implements Condition {
    /** Validates the condition. */
    public Not {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public Outcome test(EvaluationContext context) {
      return condition.test(context).not();
    }

    @Override
    public String describe() {
      return "not " + paren(condition);
    }
  }

  /**
   * A constant: {@code true} or {@code false}.
   *
   * @param value the value
   */
  record Constant(boolean value) implements Condition {
    @Override
    public Outcome test(EvaluationContext context) {
      return Outcome.of(value);
    }

    @Override
    public String describe() {
      return Boolean.toString(value);
    }
  }

  private static String paren(Condition c) {
    return c instanceof All || c instanceof Any ? "(" + c.describe() + ")" : c.describe();
  }
}
