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
    return verdict(new Run(definition, release, false));
  }

  /**
   * An evaluation that carries the verdict and the audit fields but no requirement results or warnings, made by the
   * fast path of {@link #verdict(Definition, Release)}: for matrices and CI checks that show verdicts alone.
   */
  public Evaluation verdictOnly(Definition definition, Release release) {
    return new Evaluation(definition.id(), definition.version(), definition.sourceHash(), release.name(),
        verdict(definition, release), List.of(), List.of(), audit(definition));
  }

  private Evaluation.Audit audit(Definition definition) {
    return new Evaluation.Audit(Evaluation.Audit.FORM_VERSION, ShadesVersion.get(),
        definition.knowledge().spdxListVersion(), clock.instant());
  }

  private Evaluation evaluate(Definition definition, Release release, boolean explain) {
    Run run = new Run(definition, release, explain);
    Verdict verdict = verdict(run);
    for (WarningRule w : definition.warnings()) {
      run.warning(w, Optional.empty());
    }
    return new Evaluation(definition.id(), definition.version(), definition.sourceHash(), release.name(), verdict,
        run.results, run.warnings, audit(definition));
  }

  private static Verdict verdict(Run run) {
    Shape shape = run.definition.shape();
    if (shape instanceof Shape.Binary b) {
      Outcome all = Outcome.SATISFIED;
      List<Requirement> requirements = b.requirements();
      for (int i = 0; i < requirements.size(); i++) {
        Outcome o = run.requirement(requirements.get(i), Optional.empty(),
            run.plan == null ? null : run.plan.requirements[i]);
        if (run.lastApplies) {
          all = all.and(o);
        }
      }
      return new Verdict.Binary(all);
    } else if (shape instanceof Shape.Tiers t) {
      return run.tiers(t);
    } else if (shape instanceof Shape.Score s) {
      return run.score(s);
    }
    return run.categories((Shape.Categories) shape);
  }

  /** One evaluation: the results gathered so far. */
  private static final class Run {
    final Definition definition;
    final Release release;
    final boolean explain;
    final List<RequirementResult> results;
    final List<WarningResult> warnings;
    /** The context of a verdict-only run: nothing is recorded, so one context serves every rule. */
    final EvaluationContext quiet;
    /** Set by {@link #requirement}: whether the last requirement applies. */
    boolean lastApplies;
    /** How a verdict-only run checks requirements (null when explaining). */
    final VerdictPlan plan;

    Run(Definition definition, Release release, boolean explain) {
      this.definition = definition;
      this.release = release;
      this.explain = explain;
      // A verdict-only run records nothing (and an attempt to would fail loudly).
      this.results = explain ? new ArrayList<>() : List.of();
      this.warnings = explain ? new ArrayList<>() : List.of();
      this.quiet = explain ? null : context(null);
      this.plan = explain ? null : VerdictPlan.of(definition);
    }

    List<FactUse> trace() {
      return explain ? EvaluationContext.newTrace() : null;
    }

    EvaluationContext context(List<FactUse> trace) {
      return trace == null && quiet != null ? quiet : new EvaluationContext(release, definition.knowledge(),
          definition.catalog(), definition.unknownPolicy(), trace);
    }

    /**
     * Evaluates a requirement (recording its result when explaining); returns its outcome. {@code check} is the
     * plan's check of its condition in a verdict-only run, else null.
     */
    Outcome requirement(Requirement r, Optional<String> tier, VerdictPlan.Check check) {
      List<FactUse> trace = trace();
      EvaluationContext context = context(trace);
      Outcome applies = r.applies().isEmpty() ? Outcome.SATISFIED
          : check instanceof VerdictPlan.When w ? w.applies.test(context) : r.applies().get().test(context);
      Outcome outcome = check != null ? check.test(context) : r.condition().test(context);
      boolean counts = applies != Outcome.VIOLATED;
      if (applies == Outcome.UNKNOWN && outcome != Outcome.SATISFIED) {
        outcome = Outcome.UNKNOWN;
      }
      if (explain) {
        String test = r.condition().describe()
            + r.applies().map(a -> " (applies when " + a.describe() + ")").orElse("");
        results.add(new RequirementResult(r.id(), tier, outcome, counts, test, trace, r.because(), r.remedy(),
            r.span()));
      }
      lastApplies = counts;
      return outcome;
    }

    void warning(WarningRule w, Optional<String> tier) {
      if (!explain) {
        return; // warnings never change a verdict
      }
      EvaluationContext context = context(trace());
      if (w.condition().test(context) == Outcome.VIOLATED) {
        warnings.add(new WarningResult(w.id(), w.message(), tier, context.violatingFacts()));
      }
    }

    Verdict tiers(Shape.Tiers shape) {
      List<Tier> tiers = shape.tiers();
      VerdictPlan verdictPlan = plan != null ? plan : VerdictPlan.of(definition);
      int n = tiers.size();
      // Per tier, with the tiers it extends: applicable and satisfied counts, and the conjunction of the outcomes.
      int[] applicable = new int[n];
      int[] satisfied = new int[n];
      Outcome[] outcomes = new Outcome[n];
      double[] percents = new double[n];
      Object[] progress = new Object[n];
      int reached = -1;
      boolean[] undetermined = new boolean[n];
      for (int i = 0; i < n; i++) {
        Tier tier = tiers.get(i);
        // A tier extends only tiers below it, so theirs are already counted.
        int below = verdictPlan.extended[i];
        Outcome outcome = Outcome.SATISFIED;
        if (below >= 0) {
          applicable[i] = applicable[below];
          satisfied[i] = satisfied[below];
          outcome = outcomes[below];
        }
        Optional<String> name = explain ? Optional.of(tier.name()) : Optional.empty();
        List<Requirement> requirements = tier.requirements();
        VerdictPlan.Check[] checks = plan == null ? null : plan.tiers[i];
        for (int j = 0; j < requirements.size(); j++) {
          Outcome o = requirement(requirements.get(j), name, checks == null ? null : checks[j]);
          if (lastApplies) {
            applicable[i]++;
            if (o == Outcome.SATISFIED) {
              satisfied[i]++;
            }
            outcome = outcome.and(o);
          }
        }
        for (WarningRule w : tier.warnings()) {
          warning(w, Optional.of(tier.name()));
        }
        outcomes[i] = outcome;
        double percent = applicable[i] == 0 ? 100.0 : 100.0 * satisfied[i] / applicable[i];
        if (shape.progress() == Shape.Progress.GATED && below >= 0 && percents[below] < 100.0) {
          percent = 0.0;
        }
        percents[i] = percent;
        progress[i] = percent == 0.0 ? ZERO : percent == 100.0 ? HUNDRED : Double.valueOf(percent);
        if (outcome == Outcome.SATISFIED) {
          reached = i;
          java.util.Arrays.fill(undetermined, false);
        } else if (outcome == Outcome.UNKNOWN) {
          undetermined[i] = true;
        }
      }
      List<String> names = verdictPlan.tierNames;
      List<String> open = List.of(); // most verdicts have no undetermined tier: no list allocated for them
      for (int i = 0; i < n; i++) {
        if (undetermined[i]) {
          if (open.isEmpty()) {
            open = new ArrayList<>(n);
          }
          open.add(names.get(i));
        }
      }
      return new Verdict.Tiers(reached < 0 ? Optional.empty() : Optional.of(names.get(reached)), open,
          new NamedValues<Double>(names, progress), new NamedValues<Outcome>(names, outcomes));
    }

    private static final Double ZERO = 0.0;
    private static final Double HUNDRED = 100.0;

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
      boolean sum = shape.total() == Shape.Total.SUM;
      groupSums.forEach((g, sums) -> groups.put(g, sum ? sum(sums) : mean(sums)));
      return new Verdict.Score(sum ? sum(total) : mean(total), groups, dimensions);
    }

    private static void add(double[] sums, double weight, Interval v) {
      sums[0] += weight * v.low();
      sums[1] += weight * v.high();
      sums[2] += weight;
    }

    private static Interval sum(double[] sums) {
      return new Interval(sums[0], sums[1]);
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
