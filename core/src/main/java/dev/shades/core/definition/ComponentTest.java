package dev.shades.core.definition;

import dev.shades.core.license.LicenseExpression;
import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Availability;
import dev.shades.core.model.Component;
import dev.shades.core.model.ContentType;
import dev.shades.core.model.DataInformation;
import dev.shades.core.model.DataInformationAspect;
import dev.shades.core.model.Disclosure;
import dev.shades.core.model.Grade;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.ResolvedLicense;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A test on one component of a release. */
public sealed interface ComponentTest {

  /** The outcome for a component, recording the facts used in the context's trace. */
  Outcome test(Component component, EvaluationContext context);

  /** How the test reads in a policy file. */
  String describe();

  /** Availability {@code open}, {@code gated} or {@code restricted}: a copy can be obtained. */
  Set<Availability> RELEASED = Set.of(Availability.OPEN, Availability.GATED, Availability.RESTRICTED);

  /**
   * The availability is one of these.
   *
   * @param values the accepted availabilities
   * @param label how the test reads ({@code released}, {@code open}, {@code availability in [...]})
   */
  record AvailabilityIn(Set<Availability> values, String label) implements ComponentTest {
    /** Copies the values. */
    public AvailabilityIn {
      // An immutable enum set: its membership test is a bit test, and the call stays monomorphic.
      values = com.google.common.collect.Sets.immutableEnumSet(values);
      Objects.requireNonNull(label, "label");
    }

    @Override
    public Outcome test(Component c, EvaluationContext context) {
      Availability a = context.availability(c);
      // Whether a source states a fact is itself known: 'is unknown' holds exactly when it does not.
      Outcome o = a == Availability.UNKNOWN && !values.contains(Availability.UNKNOWN) ? Outcome.UNKNOWN
          : Outcome.of(values.contains(a));
      if (context.tracing()) {
        context.use(new FactUse(c.kind().id(), "availability", a.id(),
            a != c.availability() ? Optional.of("not stated; read as not released") : Optional.empty(), o,
            c.evidence()));
      }
      return o;
    }

    @Override
    public String describe() {
      return label;
    }
  }

  /**
   * The licence that applies to the component passes a licence test, with SPDX expression semantics. No licence
   * fails every licence test (it grants nothing); an unknown licence leaves the test unknown.
   *
   * @param test the licence test
   */
  record License(LicenseTest test) implements ComponentTest {
    /** Validates the test. */
    public License {
      Objects.requireNonNull(test, "test");
    }

    @Override
    public Outcome test(Component c, EvaluationContext context) {
      if (!context.tracing()) {
        return outcome(context.licenseStatement(c), c, context);
      }
      ResolvedLicense r = context.license(c.kind());
      LicenseStatement s = r.statement();
      Outcome o = outcome(s, c, context);
      String value = r.isUnknown() && !(s instanceof LicenseStatement.NoLicense) ? "unknown" : s.describe();
      context.use(new FactUse(c.kind().id(), "license", value, Optional.of(r.provenance()), o, c.evidence()));
      return o;
    }

    private Outcome outcome(LicenseStatement s, Component c, EvaluationContext context) {
      return outcome(test, s, c.kind().contentType(), context.knowledge());
    }

    /**
     * How a licence test comes out on a licence statement of a component of this content type: over an expression
     * with SPDX OR/AND semantics, over verbatim text as the test reads text, violated for no licence (it grants
     * nothing), unknown when no licence is stated.
     */
    static Outcome outcome(LicenseTest test, LicenseStatement s, ContentType type, LicenseKnowledge knowledge) {
      if (s instanceof LicenseStatement.Expression e && e.expression() instanceof LicenseExpression.Simple simple) {
        return test.test(simple, type, knowledge); // one term: no OR/AND to apply
      } else if (s instanceof LicenseStatement.Expression e) {
        return LicenseKnowledge.test(e.expression(), term -> test.test(term, type, knowledge));
      } else if (s instanceof LicenseStatement.Unrecognised u) {
        return test.testText(u.text(), type, knowledge);
      }
      return s instanceof LicenseStatement.NoLicense ? Outcome.VIOLATED : Outcome.UNKNOWN;
    }

    @Override
    public String describe() {
      return "license " + test.describe();
    }
  }

  /** A licence is stated (or inherited) for the component, and it is not "no licence". */
  record Licensed() implements ComponentTest {
    @Override
    public Outcome test(Component c, EvaluationContext context) {
      ResolvedLicense r = context.license(c.kind());
      Outcome o = r.statement() instanceof LicenseStatement.NoLicense ? Outcome.VIOLATED
          : r.isUnknown() ? Outcome.UNKNOWN : Outcome.SATISFIED;
      if (context.tracing()) {
        context.use(new FactUse(c.kind().id(), "license", r.isUnknown() ? "unknown" : r.statement().describe(),
            Optional.empty(), o, c.evidence()));
      }
      return o;
    }

    @Override
    public String describe() {
      return "licensed";
    }
  }

  /** The description lists the component (whatever its availability). */
  record Listed() implements ComponentTest {
    @Override
    public Outcome test(Component c, EvaluationContext context) {
      boolean listed = context.release().stated(c.kind().id()).isPresent();
      Outcome o = Outcome.of(listed);
      if (context.tracing()) {
        context.use(new FactUse(c.kind().id(), "presence", listed ? "listed" : "not listed", Optional.empty(), o,
            c.evidence()));
      }
      return o;
    }

    @Override
    public String describe() {
      return "listed";
    }
  }

  /**
   * The description declares a grade for the component (as the European index's files do). Whether a source states
   * a grade is itself known, so this is never unknown, whatever the definition does with unknowns.
   */
  record Graded() implements ComponentTest {
    @Override
    public Outcome test(Component c, EvaluationContext context) {
      Optional<Grade> g = c.grade();
      Outcome o = Outcome.of(g.isPresent());
      if (context.tracing()) {
        context.use(new FactUse(c.kind().id(), "grade", g.map(Grade::id).orElse("not declared"), Optional.empty(),
            o, c.evidence()));
      }
      return o;
    }

    @Override
    public String describe() {
      return "graded";
    }
  }

  /**
   * The declared grade is at least this one (open above partial above closed).
   *
   * @param least the lowest accepted grade
   */
  record GradeAtLeast(Grade least) implements ComponentTest {
    /** Validates the grade. */
    public GradeAtLeast {
      Objects.requireNonNull(least, "least");
    }

    @Override
    public Outcome test(Component c, EvaluationContext context) {
      Optional<Grade> g = c.grade();
      if (g.isEmpty() && context.policy() == UnknownPolicy.AS_VIOLATED) {
        g = Optional.of(Grade.CLOSED);
      }
      Outcome o = g.map(x -> Outcome.of(x.points() >= least.points())).orElse(Outcome.UNKNOWN);
      if (context.tracing()) {
        context.use(new FactUse(c.kind().id(), "grade", g.map(Grade::id).orElse("unknown"), Optional.empty(), o,
            c.evidence()));
      }
      return o;
    }

    @Override
    public String describe() {
      return "grade at least " + least.id();
    }
  }

  /** The component is complete (completeness full). */
  record Complete() implements ComponentTest {
    @Override
    public Outcome test(Component c, EvaluationContext context) {
      Outcome o = c.completeness().map(x -> Outcome.of(x == dev.shades.core.model.Completeness.FULL))
          .orElse(context.policy() == UnknownPolicy.AS_VIOLATED ? Outcome.VIOLATED : Outcome.UNKNOWN);
      if (context.tracing()) {
        context.use(new FactUse(c.kind().id(), "completeness",
            c.completeness().map(x -> x.id()).orElse("unknown"), Optional.empty(), o, c.evidence()));
      }
      return o;
    }

    @Override
    public String describe() {
      return "complete";
    }
  }

  /**
   * The training-data information discloses these aspects ({@code partial} and {@code undisclosed} fail).
   *
   * @param aspects the aspects that must be disclosed
   */
  record Discloses(Set<DataInformationAspect> aspects) implements ComponentTest {
    /** Copies the aspects. */
    public Discloses {
      aspects = java.util.Collections.unmodifiableSet(
          aspects.isEmpty() ? EnumSet.noneOf(DataInformationAspect.class) : EnumSet.copyOf(aspects));
    }

    @Override
    public Outcome test(Component c, EvaluationContext context) {
      Optional<DataInformation> info = c.dataInformation();
      Outcome all = Outcome.SATISFIED;
      for (DataInformationAspect a : DataInformationAspect.values()) {
        if (!aspects.contains(a)) {
          continue;
        }
        Disclosure d = info.map(i -> i.disclosure(a)).orElse(Disclosure.UNKNOWN);
        if (d == Disclosure.UNKNOWN && context.policy() == UnknownPolicy.AS_VIOLATED) {
          d = Disclosure.UNDISCLOSED;
        }
        Outcome o = d == Disclosure.UNKNOWN ? Outcome.UNKNOWN : Outcome.of(d == Disclosure.DISCLOSED);
        if (context.tracing()) {
          context.use(new FactUse(c.kind().id(), a.id(), d.id(), Optional.empty(), o, c.evidence()));
        }
        all = all.and(o);
      }
      return all;
    }

    @Override
    public String describe() {
      return "discloses [" + aspects.stream().map(DataInformationAspect::id).collect(Collectors.joining(", "))
          + "]";
    }
  }

  /**
   * All the tests hold.
   *
   * @param tests the tests
   */
  record All(List<ComponentTest> tests) implements ComponentTest {
    /** Copies the tests. */
    public All {
      tests = List.copyOf(tests);
    }

    @Override
    public Outcome test(Component c, EvaluationContext context) {
      Outcome o = Outcome.SATISFIED;
      for (ComponentTest t : tests) {
        o = o.and(t.test(c, context));
        if (o == Outcome.VIOLATED && !context.tracing()) {
          return o; // nothing changes a violated conjunction; an explained run still records every fact
        }
      }
      return o;
    }

    @Override
    public String describe() {
      return tests.stream().map(ComponentTest::paren).collect(Collectors.joining(" and "));
    }
  }

  /**
   * Any of the tests holds.
   *
   * @param tests the tests
   */
  record Any(List<ComponentTest> tests) implements ComponentTest {
    /** Copies the tests. */
    public Any {
      tests = List.copyOf(tests);
    }

    @Override
    public Outcome test(Component c, EvaluationContext context) {
      Outcome o = Outcome.VIOLATED;
      for (ComponentTest t : tests) {
        o = o.or(t.test(c, context));
      }
      return o;
    }

    @Override
    public String describe() {
      return tests.stream().map(ComponentTest::paren).collect(Collectors.joining(" or "));
    }
  }

  /**
   * The test does not hold.
   *
   * @param test the test
   */
  record Not(ComponentTest test) implements ComponentTest {
    /** Validates the test. */
    public Not {
      Objects.requireNonNull(test, "test");
    }

    @Override
    public Outcome test(Component c, EvaluationContext context) {
      return test.test(c, context).not();
    }

    @Override
    public String describe() {
      return "not " + paren(test);
    }
  }

  private static String paren(ComponentTest t) {
    return t instanceof All || t instanceof Any ? "(" + t.describe() + ")" : t.describe();
  }
}
