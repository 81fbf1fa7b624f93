package dev.shades.core.definition;

import dev.shades.core.ShadesVersion;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Release;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates definitions on releases. Stateless apart from its clock, thread-safe, and pure: the same definition and
 * release always give the same result (but for the evaluation date).
 */
public final class Evaluator {
  private final Clock clock;

  private Evaluator(Clock clock) {
    this.clock = clock;
  }

  /** An evaluator that dates evaluations with the system clock (UTC). */
  public static Evaluator create() {
    return new Evaluator(Clock.systemUTC());
  }

  /** An evaluator that dates evaluations with this clock (for reproducible output). */
  public static Evaluator withClock(Clock clock) {
    return new Evaluator(Objects.requireNonNull(clock, "clock"));
  }

  /** Evaluates a definition on a release, with every requirement's result and the facts it used. */
  public Evaluation evaluate(Definition definition, Release release) {
    return evaluate(definition, release, true);
  }

  /**
   * Only the verdict, for scoring whole catalogues: the same verdict as {@link #evaluate(Definition, Release)},
   * without recording facts or building explanations.
   */
  public Verdict verdict(Definition definition, Release release) {
    return evaluate(definition, release, false).verdict();
  }

  private Evaluation evaluate(Definition definition, Release release, boolean explain) {
    Run run = new Run(definition, release, explain);
    Verdict verdict;
    Shape shape = definition.shape();
    if (shape instanceof Shape.Binary b) {
      Outcome all = Outcome.SATISFIED;
      for (Requirement r : b.requirements()) {
        all = all.and(run.requirement(r, Optional.empty()));
      }
      verdict = new Verdict.Binary(all);
    } else if (shape instanceof Shape.Tiers t) {
      verdict = run.tiers(t);
    } else if (shape instanceof Shape.Score s) {
      verdict = run.score(s);
    } else {
      verdict = run.categories((Shape.Categories) shape);
    }
    for (WarningRule w : definition.warnings()) {
      run.warning(w, Optional.empty());
    }
    Evaluation.Audit audit = new Evaluation.Audit(Evaluation.Audit.FORM_VERSION, ShadesVersion.get(),
        definition.knowledge().spdxListVersion(), clock.instant());
    return new Evaluation(definition.id(), definition.version(), definition.sourceHash(), release.name(), verdict,
        run.results, run.warnings, audit);
  }

  /** One evaluation: the results gathered so far. */
  private static final class Run {
    final Definition definition;
    final Release release;
    final List<RequirementResult> results = new ArrayList<>();
    final List<WarningResult> warnings = new ArrayList<>();
    /** Outcome and applicability of each requirement by id, for tiers that include others' requirements. */
    final Map<String, RequirementResult> byId = new HashMap<>();

    final boolean explain;

    Run(Definition definition, Release release, boolean explain) {
      this.definition = definition;
      this.release = release;
      this.explain = explain;
    }

    List<FactUse> trace() {
      return explain ? EvaluationContext.newTrace() : null;
    }

    EvaluationContext context(List<FactUse> trace) {
      return new EvaluationContext(release, definition.knowledge(), definition.catalog(),
          definition.unknownPolicy(), trace);
    }

    /** Evaluates a requirement and records its result; returns the outcome it contributes (satisfied if n/a). */
    Outcome requirement(Requirement r, Optional<String> tier) {
      List<FactUse> trace = trace();
      EvaluationContext context = context(trace);
      Outcome applies = r.applies().map(c -> c.test(context)).orElse(Outcome.SATISFIED);
      Outcome outcome = r.condition().test(context);
      boolean counts = applies != Outcome.VIOLATED;
      if (applies == Outcome.UNKNOWN && outcome != Outcome.SATISFIED) {
        outcome = Outcome.UNKNOWN;
      }
      String test = !explain ? "" : r.condition().describe()
          + r.applies().map(a -> " (applies when " + a.describe() + ")").orElse("");
      RequirementResult result = new RequirementResult(r.id(), tier, outcome, counts, test,
          trace == null ? List.of() : trace, r.because(), r.remedy(), r.span());
      results.add(result);
      byId.put(r.id(), result);
      return counts ? outcome : Outcome.SATISFIED;
    }

    void warning(WarningRule w, Optional<String> tier) {
      List<FactUse> trace = trace();
      if (explain && w.condition().test(context(trace)) == Outcome.VIOLATED) {
        warnings.add(new WarningResult(w.id(), w.message(), tier,
            trace.stream().filter(f -> f.outcome() == Outcome.VIOLATED).toList()));
      }
    }

    Verdict tiers(Shape.Tiers shape) {
      Map<String, Tier> byName = new LinkedHashMap<>();
      Map<String, Outcome> outcomes = new LinkedHashMap<>();
      Map<String, Double> progress = new LinkedHashMap<>();
      for (Tier tier : shape.tiers()) {
        byName.put(tier.name(), tier);
        for (Requirement r : tier.requirements()) {
          requirement(r, Optional.of(tier.name()));
        }
        for (WarningRule w : tier.warnings()) {
          warning(w, Optional.of(tier.name()));
        }
        // The tier's requirements: its own and, through 'extends', those of the tiers below it.
        Outcome outcome = Outcome.SATISFIED;
        int applicable = 0;
        int satisfied = 0;
        for (Tier t = tier; t != null; t = t.extendsTier().map(byName::get).orElse(null)) {
          for (Requirement r : t.requirements()) {
            RequirementResult result = byId.get(r.id());
            if (result.applies()) {
              applicable++;
              if (result.outcome() == Outcome.SATISFIED) {
                satisfied++;
              }
              outcome = outcome.and(result.outcome());
            }
          }
        }
        double percent = applicable == 0 ? 100.0 : 100.0 * satisfied / applicable;
        if (shape.progress() == Shape.Progress.GATED && tier.extendsTier().isPresent()
            && progress.get(tier.extendsTier().get()) < 100.0) {
          percent = 0.0;
        }
        outcomes.put(tier.name(), outcome);
        progress.put(tier.name(), percent);
      }
      Optional<String> reached = Optional.empty();
      List<String> undetermined = new ArrayList<>();
      for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
        if (e.getValue() == Outcome.SATISFIED) {
          reached = Optional.of(e.getKey());
          undetermined.clear();
        } else if (e.getValue() == Outcome.UNKNOWN) {
          undetermined.add(e.getKey());
        }
      }
      return new Verdict.Tiers(reached, undetermined, progress, outcomes);
    }

    Verdict score(Shape.Score shape) {
      Map<String, Interval> dimensions = new LinkedHashMap<>();
      Map<String, double[]> groupSums = new LinkedHashMap<>();
      double[] total = new double[3];
      for (Dimension d : shape.dimensions()) {
        List<FactUse> trace = trace();
        Interval v = d.value().value(context(trace));
        dimensions.put(d.id(), v);
        add(total, d.weight(), v);
        d.group().ifPresent(g -> add(groupSums.computeIfAbsent(g, k -> new double[3]), d.weight(), v));
        if (explain) {
          results.add(new RequirementResult(d.id(), d.group(), v.isExact() ? Outcome.SATISFIED : Outcome.UNKNOWN,
              true, d.name() + " = " + d.value().describe() + " → " + v, trace, Optional.empty(), Optional.empty(),
              Optional.empty()));
        }
      }
      Map<String, Interval> groups = new LinkedHashMap<>();
      groupSums.forEach((g, sums) -> groups.put(g, mean(sums)));
      return new Verdict.Score(mean(total), groups, dimensions);
    }

    private static void add(double[] sums, double weight, Interval v) {
      sums[0] += weight * v.low();
      sums[1] += weight * v.high();
      sums[2] += weight;
    }

    private static Interval mean(double[] sums) {
      return sums[2] == 0 ? Interval.exactly(0) : new Interval(sums[0] / sums[2], sums[1] / sums[2]);
    }

    Verdict categories(Shape.Categories shape) {
      Optional<String> reached = Optional.empty();
      List<String> undetermined = new ArrayList<>();
      for (Category c : shape.categories()) {
        List<FactUse> trace = trace();
        Outcome o = c.condition().test(context(trace));
        if (explain) {
          results.add(new RequirementResult(c.name(), Optional.empty(), o, true, c.condition().describe(), trace,
              c.description(), Optional.empty(), Optional.empty()));
        }
        if (o == Outcome.SATISFIED) {
          reached = Optional.of(c.name());
          undetermined.clear();
        } else if (o == Outcome.UNKNOWN) {
          undetermined.add(c.name());
        }
      }
      return new Verdict.Category(reached, undetermined);
    }
  }
}
