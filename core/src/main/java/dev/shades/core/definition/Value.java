package dev.shades.core.definition;

import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.Grade;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A number computed from a release: the value of a score dimension. */
public sealed interface Value {

  /** The value for the context's release, as the interval of what it can be given the unknowns. */
  Interval value(EvaluationContext context);

  /** How the value reads in a policy file. */
  String describe();

  /**
   * A constant.
   *
   * @param value the number
   */
  record Constant(double value) implements Value {
    @Override
    public Interval value(EvaluationContext context) {
      return Interval.exactly(value);
    }

    @Override
    public String describe() {
      return new dev.shades.core.model.FactValue.Number(value).toString();
    }
  }

  /**
   * The points of a component's declared grade: open 1, partial 0.5, closed 0. A missing grade is unknown (0..1),
   * or 0 when the definition treats unknown as violated.
   *
   * @param kind the component
   */
  record GradeOf(ComponentKind kind) implements Value {
    /** Validates the kind. */
    public GradeOf {
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Interval value(EvaluationContext context) {
      Component c = context.release().component(kind);
      Optional<Grade> g = c.grade();
      if (g.isEmpty() && context.policy() == UnknownPolicy.AS_VIOLATED) {
        g = Optional.of(Grade.CLOSED);
      }
      if (context.tracing()) {
        context.use(new FactUse(kind.id(), "grade", g.map(Grade::id).orElse("unknown"), Optional.empty(),
            g.isPresent() ? Outcome.SATISFIED : Outcome.UNKNOWN, c.evidence()));
      }
      return g.map(x -> Interval.exactly(x.points())).orElse(new Interval(0, 1));
    }

    @Override
    public String describe() {
      return "grade of " + kind.id();
    }
  }

  /**
   * The value of the first case whose condition holds, else the fallback. A case whose condition is unknown widens
   * the result to include its value and those that could follow.
   *
   * @param cases the cases, in order
   * @param otherwise the value when no case holds
   */
  record Choice(List<Case> cases, double otherwise) implements Value {
    /** Copies the cases. */
    public Choice {
      cases = List.copyOf(cases);
    }

    @Override
    public Interval value(EvaluationContext context) {
      Interval possible = null;
      for (Case c : cases) {
        Outcome o = c.condition().test(context);
        if (o == Outcome.SATISFIED) {
          return widen(possible, Interval.exactly(c.value()));
        }
        if (o == Outcome.UNKNOWN && context.policy() != UnknownPolicy.AS_VIOLATED) {
          possible = widen(possible, Interval.exactly(c.value()));
        }
      }
      return widen(possible, Interval.exactly(otherwise));
    }

    private static Interval widen(Interval acc, Interval next) {
      return acc == null ? next : acc.span(next);
    }

    @Override
    public String describe() {
      return cases.stream().map(c -> new dev.shades.core.model.FactValue.Number(c.value()) + " when "
          + c.condition().describe()).collect(Collectors.joining(", ")) + ", else "
          + new dev.shades.core.model.FactValue.Number(otherwise);
    }
  }

  /**
   * One case of a {@link Choice}.
   *
   * @param condition when the case applies
   * @param value its value
   */
  record Case(Condition condition, double value) {
    /** Validates the condition. */
    public Case {
      Objects.requireNonNull(condition, "condition");
    }
  }
}
