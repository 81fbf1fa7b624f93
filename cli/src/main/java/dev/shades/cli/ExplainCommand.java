package dev.shades.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.explain.ChangeSet;
import dev.shades.core.explain.Explainer;
import dev.shades.core.explain.NextVerdict;
import dev.shades.core.model.Release;
import dev.shades.formats.json.EvaluationJson;
import dev.shades.formats.json.ExplanationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shades explain}: the path from a release's verdict to the next one. */
@Command(
    name = "explain",
    header = "Shows the smallest changes that reach the next verdict.",
    mixinStandardHelpOptions = true,
    description =
        "Shows the path to the next verdict: the smallest sets of changes (release a component, under a "
            + "licence of the kind the definition accepts; complete it; disclose its data information; state an "
            + "unknown fact) that reach the next tier, a pass or the next category, fewest changes first; for "
            + "scores, the single changes ranked by the score they gain.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Description files or directories.")
  List<Path> files = new ArrayList<>();

  @Mixin DefinitionOptions definitions;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  String format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Formats.require(spec, format, "text", "json");
    Optional<List<Definition>> selected = definitions.select(err);
    if (selected.isEmpty()) {
      return Main.INVALID;
    }
    Evaluator evaluator = Evaluator.create();
    Explainer explainer = Explainer.with(evaluator);
    Inputs inputs = Inputs.of(files, err);
    JsonGenerator json = format.equals("json") ? EvaluationJson.generator(out) : null;
    if (json != null) {
      json.writeStartArray();
    }
    boolean any = false;
    for (Path file : inputs.files()) {
      if (out.checkError()) {
        break;
      }
      Optional<Release> release = inputs.read(file);
      if (release.isEmpty()) {
        continue;
      }
      if (json == null) {
        out.println((any ? "\n" : "") + release.get().name() + "  (" + file + ")");
      }
      any = true;
      for (Definition d : selected.get()) {
        Evaluation e = evaluator.evaluate(d, release.get());
        NextVerdict next = explainer.explain(d, release.get());
        if (json != null) {
          ExplanationJson.write(json, e, Optional.of(file.toString()), next);
        } else {
          text(out, d, next);
        }
      }
    }
    if (json != null) {
      json.writeEndArray();
      json.flush();
      out.println();
    } else if (any) {
      out.println();
      out.println(EvaluationJson.DISCLAIMER);
    }
    out.flush();
    return Formats.written(out, err, inputs.invalid() > 0 ? Main.INVALID : Main.OK);
  }

  static void text(PrintWriter out, Definition d, NextVerdict next) {
    out.println("  " + d.id() + ": " + next.current());
    if (next.target().isEmpty()) {
      out.println("    " + next.note().orElse("already at the most open verdict"));
      return;
    }
    boolean score = next.paths().stream().anyMatch(p -> p.scoreGain().isPresent());
    out.println("    next: " + next.target().get() + (score ? " (single changes, largest gain first)"
        : next.paths().size() > 1 ? " (" + next.paths().size() + " ways, fewest changes first)" : ""));
    int n = 1;
    for (ChangeSet p : next.paths()) {
      String gain = p.scoreGain().map(g -> String.format(Locale.ROOT, " (+%.3f)", g)).orElse("");
      for (int i = 0; i < p.changes().size(); i++) {
        out.println((i == 0 ? String.format(Locale.ROOT, "    %2d. ", n) : "        ")
            + (i == 0 ? "" : "and ") + p.changes().get(i).description());
      }
      out.println("        → " + p.reaches() + gain);
      n++;
    }
    next.note().ifPresent(note -> out.println("    " + note));
  }
}
