package dev.shades.cli;

import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.model.Release;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Evaluates descriptions one at a time against the selected definitions and hands each release's evaluations to a
 * sink, so that memory stays bounded however many there are (unless the sink keeps them, as a matrix must). Checks
 * the {@code --fail-on} conditions, shows progress on a terminal, and ends with a summary line on standard error.
 */
final class Batch {
  /** What receives each release's evaluations. */
  interface Sink {
    /** One release and its evaluations, in definition order. */
    void release(Path file, Release release, List<Evaluation> evaluations) throws IOException;

    /** After the last release. */
    void finish() throws IOException;

    /** Whether writing the output has failed (a full disk, a closed pipe): the batch then stops. */
    boolean failed();

    /**
     * Whether the sink shows what decided each verdict (requirement results, warnings); when it shows verdicts
     * alone, the batch takes the evaluator's fast verdict-only path.
     */
    default boolean detailed() {
      return true;
    }
  }

  private Batch() {}

  /**
   * Runs the batch and returns the exit code: 2 if any description was invalid, else 1 if a {@code --fail-on}
   * condition failed, else 0.
   */
  static int run(Inputs inputs, List<Definition> definitions, Sink sink, List<FailOn> failOn,
      boolean allowUndetermined, PrintWriter err) throws IOException {
    Evaluator evaluator = Evaluator.create();
    Progress progress = Progress.onTerminal(err, inputs.files().size());
    inputs.beforeReport(progress::clear);
    int releases = 0;
    List<String> failures = new ArrayList<>();
    for (Path file : inputs.files()) {
      Optional<Release> release = inputs.read(file);
      progress.step();
      if (release.isEmpty()) {
        continue;
      }
      releases++;
      List<Evaluation> evaluations = new ArrayList<>(definitions.size());
      for (Definition d : definitions) {
        Evaluation e = sink.detailed() ? evaluator.evaluate(d, release.get())
            : evaluator.verdictOnly(d, release.get());
        evaluations.add(e);
        for (FailOn f : failOn) {
          if (!f.definition().equals(d.id())) {
            continue;
          }
          FailOn.Check c = f.check(d, e.verdict());
          if (c.result() == FailOn.Result.FAILED
              || c.result() == FailOn.Result.UNDETERMINED && !allowUndetermined) {
            failures.add(file + ": " + release.get().name() + ": --fail-on " + f.text() + ": "
                + (c.result() == FailOn.Result.UNDETERMINED ? "undetermined (" + c.reason()
                + "; --allow-undetermined accepts it)" : c.reason()));
          }
        }
      }
      sink.release(file, release.get(), evaluations);
      if (sink.failed()) {
        break;
      }
    }
    progress.finish();
    sink.finish();
    if (sink.failed()) {
      err.println("error: the output could not be written (a full disk, a closed pipe?); the run stopped after "
          + releases + " release" + (releases == 1 ? "" : "s") + " [output-failed]");
      err.flush();
      return Main.INVALID;
    }
    failures.forEach(f -> err.println("failed: " + f));
    err.println(String.format(Locale.ROOT, "%d release%s × %d definition%s: %d evaluation%s in %.1f s; %d invalid "
            + "description%s%s", releases, releases == 1 ? "" : "s", definitions.size(),
        definitions.size() == 1 ? "" : "s", releases * definitions.size(),
        releases * definitions.size() == 1 ? "" : "s", progress.seconds(), inputs.invalid(),
        inputs.invalid() == 1 ? "" : "s", (inputs.skipped() == 0 ? "" : "; " + inputs.skipped() + " other file"
            + (inputs.skipped() == 1 ? "" : "s") + " skipped")
            + (failOn.isEmpty() ? "" : "; " + failures.size() + " --fail-on failure"
            + (failures.size() == 1 ? "" : "s"))));
    err.flush();
    return inputs.invalid() > 0 ? Main.INVALID : failures.isEmpty() ? Main.OK : Main.FAILED;
  }

  /** Parses the {@code --fail-on} conditions; empty after an error (reported on {@code err}). */
  static Optional<List<FailOn>> failOn(List<String> texts, List<Definition> selected, PrintWriter err) {
    List<FailOn> out = new ArrayList<>();
    for (String t : texts) {
      FailOn.Either parsed = FailOn.parse(t, selected);
      if (parsed.error().isPresent()) {
        err.println("error: " + parsed.error().get());
        err.flush();
        return Optional.empty();
      }
      out.add(parsed.value().orElseThrow());
    }
    return Optional.of(out);
  }
}
