package dev.shades.examples;

import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.FactUse;
import dev.shades.core.definition.Interval;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Verdict;
import dev.shades.core.definition.WarningResult;
import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.CompiledDefinition;
import dev.shades.dsl.compile.PolicyCompiler;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates one release against every definition of one policy file, and prints each verdict with the outcome of
 * every requirement and the facts it used. It shows the whole embedding API in one place:
 *
 * <ol>
 *   <li>{@link PolicyCompiler#compile(Path)} checks and compiles the policy; its diagnostics say what is wrong;
 *   <li>{@link Descriptions#read(Path)} reads the release in any format whose reader is on the class path;
 *   <li>{@link Evaluator#evaluate} applies each compiled definition to the release;
 *   <li>the {@link Evaluation} carries the verdict, and per requirement its outcome and the facts it used
 *       ({@link RequirementResult#facts()}, each described by {@link FactUse#describe()}).
 * </ol>
 *
 * <p>Usage: {@code EvaluateWithPolicy POLICY.shade DESCRIPTION.yaml}. Exit status 0 when the inputs are valid
 * (whatever the verdicts), 2 when an input is invalid: the diagnostics are printed to standard error.
 *
 * <p>From the repository root, after {@code mvn install -Pquick -pl core,dsl,formats -am} (relative paths are
 * resolved against the directory Maven runs in):
 *
 * <pre>{@code
 * mvn -q -pl examples compile exec:java -Dexec.mainClass=dev.shades.examples.EvaluateWithPolicy \
 *     -Dexec.args="examples/policies/procurement.shade examples/releases/llama-3.1-8b.yaml"
 * }</pre>
 *
 * <p>The verdicts are an automated reading of the stated facts, not legal advice.
 */
public final class EvaluateWithPolicy {
  /** Exit status when the inputs are valid. */
  public static final int OK = 0;
  /** Exit status when an input is invalid (or the arguments are wrong). */
  public static final int INVALID = 2;

  private EvaluateWithPolicy() {}

  /**
   * What a run produced: its exit status and its text (the report, or the diagnostics when an input is invalid).
   *
   * @param exitCode {@link #OK} or {@link #INVALID}
   * @param text what the run prints, one line per line, ending with a line break
   */
  public record Report(int exitCode, String text) {
    /** Validates the report. */
    public Report {
      Objects.requireNonNull(text, "text");
    }

    /** True when the inputs were valid. */
    public boolean ok() {
      return exitCode == OK;
    }
  }

  /**
   * Runs the program: prints the report to standard output, or the diagnostics to standard error, and exits
   * with the run's status.
   *
   * @param args the policy file and the description file
   */
  public static void main(String[] args) {
    Report report = run(args);
    PrintStream out = report.ok() ? System.out : System.err;
    out.print(report.text());
    out.flush();
    System.exit(report.exitCode());
  }

  /**
   * Checks the arguments, then {@linkplain #evaluate(Path, Path, Evaluator) evaluates}, with an evaluator that
   * dates evaluations with the system clock.
   *
   * @param args the policy file and the description file
   * @return the report
   */
  public static Report run(String... args) {
    if (args.length != 2) {
      return new Report(INVALID, "usage: EvaluateWithPolicy POLICY.shade DESCRIPTION.yaml\n");
    }
    Path policy;
    Path description;
    try {
      policy = Path.of(args[0]);
      description = Path.of(args[1]);
    } catch (InvalidPathException e) {
      return new Report(INVALID, "error: not a valid path: " + e.getInput() + "\n");
    }
    return evaluate(policy, description, Evaluator.create());
  }

  /**
   * Compiles a policy, reads a release, and evaluates every definition of the policy on the release.
   *
   * @param policy the policy file
   * @param description the description of the release
   * @param evaluator the evaluator to use
   * @return the report: every verdict, requirement and fact; or the diagnostics when an input is invalid
   */
  public static Report evaluate(Path policy, Path description, Evaluator evaluator) {
    StringBuilder out = new StringBuilder();

    CompileResult compiled = PolicyCompiler.create().compile(policy);
    ReadResult read = Descriptions.read(description);
    // Warnings and notes are worth showing too; errors make the run invalid.
    compiled.diagnostics().forEach(d -> line(out, d.render()));
    read.diagnostics().forEach(d -> line(out, d.render()));
    if (!compiled.ok() || !read.ok()) {
      long errors = compiled.diagnostics().stream().filter(Diagnostic::isError).count()
          + read.diagnostics().stream().filter(Diagnostic::isError).count();
      line(out, errors + " error" + (errors == 1 ? "" : "s") + "; nothing was evaluated");
      return new Report(INVALID, out.toString());
    }
    if (compiled.definitions().isEmpty()) {
      line(out, "error: " + policy + " declares no definition; nothing was evaluated");
      return new Report(INVALID, out.toString());
    }

    Release release = read.release().orElseThrow();
    line(out, "release: " + release.name() + " (" + description + ", " + read.format().orElse("?") + " format)");
    for (CompiledDefinition definition : compiled.definitions()) {
      Evaluation e = evaluator.evaluate(definition.definition(), release);
      print(out, definition, e);
    }
    line(out, "");
    line(out, "An automated reading of the stated facts, not legal advice.");
    return new Report(OK, out.toString());
  }

  private static void print(StringBuilder out, CompiledDefinition definition, Evaluation e) {
    line(out, "");
    String version = e.definitionVersion().isEmpty() ? "" : " " + e.definitionVersion();
    line(out, "definition " + e.definitionId() + version + " (" + definition.definition().title() + ")");
    line(out, "  verdict: " + e.verdict().summary());
    verdictDetails(out, e.verdict());
    for (RequirementResult r : e.requirements()) {
      // A score's results are its dimensions (their outcome says whether the value is exact): show the value.
      String state = e.verdict() instanceof Verdict.Score s && s.dimensions().containsKey(r.id())
          ? "= " + format(s.dimensions().get(r.id()))
          : r.applies() ? r.outcome().id() : "does not apply";
      line(out, "  [" + state + "] " + r.tier().map(t -> t + " / ").orElse("") + r.id() + ": " + r.test());
      r.because().ifPresent(b -> line(out, "      because: " + b));
      if (r.applies() && r.outcome() != Outcome.SATISFIED) {
        r.remedy().ifPresent(m -> line(out, "      remedy: " + m));
      }
      for (FactUse f : r.facts()) {
        line(out, "      fact: " + f.describe());
      }
    }
    for (WarningResult w : e.warnings()) {
      line(out, "  warning " + w.code() + ": " + w.message());
      for (FactUse f : w.facts()) {
        line(out, "      fact: " + f.describe());
      }
    }
  }

  /** The parts of a verdict beyond its summary: tier progress, score groups and dimensions. */
  private static void verdictDetails(StringBuilder out, Verdict verdict) {
    if (verdict instanceof Verdict.Tiers t) {
      for (Map.Entry<String, Double> p : t.progress().entrySet()) {
        line(out, String.format(Locale.ROOT, "  tier %s: %s, %.0f%% of its requirements satisfied", p.getKey(),
            t.outcomes().get(p.getKey()).id(), p.getValue()));
      }
    } else if (verdict instanceof Verdict.Score s) {
      for (Map.Entry<String, Interval> g : s.groups().entrySet()) {
        line(out, "  group " + g.getKey() + ": " + format(g.getValue()));
      }
    }
  }

  private static String format(Interval v) {
    return v.isExact() ? String.format(Locale.ROOT, "%.3f", v.low())
        : String.format(Locale.ROOT, "%.3f to %.3f", v.low(), v.high());
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
