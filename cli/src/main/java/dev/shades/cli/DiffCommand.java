package dev.shades.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.explain.Differences;
import dev.shades.core.model.Release;
import dev.shades.formats.json.EvaluationJson;
import dev.shades.formats.json.ExplanationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shades diff}: what differs between two releases under a definition. */
@Command(
    name = "diff",
    header = "Shows what differs between two releases under a definition.",
    mixinStandardHelpOptions = true,
    description =
        "Shows what differs between two releases under each selected definition: the verdicts, every "
            + "requirement that came out differently, and the facts behind the difference.")
final class DiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "The first description.")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "The second description.")
  Path b;

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
    Inputs inputs = Inputs.of(List.of(a, b), err);
    Optional<Release> ra = inputs.read(a);
    Optional<Release> rb = inputs.read(b);
    if (ra.isEmpty() || rb.isEmpty()) {
      return Main.INVALID;
    }
    Evaluator evaluator = Evaluator.create();
    JsonGenerator json = format.equals("json") ? EvaluationJson.generator(out) : null;
    if (json != null) {
      json.writeStartArray();
    } else {
      out.println("A: " + ra.get().name() + "  (" + a + ")");
      out.println("B: " + rb.get().name() + "  (" + b + ")");
    }
    for (Definition d : selected.get()) {
      Evaluation ea = evaluator.evaluate(d, ra.get());
      Evaluation eb = evaluator.evaluate(d, rb.get());
      Differences.ReleaseDiff diff = Differences.releases(ea, eb);
      if (json != null) {
        ExplanationJson.write(json, diff, a.toString(), b.toString());
        continue;
      }
      out.println();
      out.println("  " + d.id() + ": A " + ea.verdict().summary() + "  |  B " + eb.verdict().summary()
          + (diff.sameVerdict() ? "  (same verdict)" : ""));
      if (diff.requirements().isEmpty()) {
        out.println("    every requirement came out the same");
      }
      for (Differences.RequirementDifference r : diff.requirements()) {
        out.println("    " + r.id() + r.tier().map(t -> " [" + t + "]").orElse(""));
        out.println("      A " + r.a());
        out.println("      B " + r.b());
        for (Differences.FactDifference f : r.facts()) {
          out.println("        " + f.describe());
        }
      }
    }
    if (json != null) {
      json.writeEndArray();
      json.flush();
      out.println();
    } else {
      out.println();
      out.println(EvaluationJson.DISCLAIMER);
    }
    out.flush();
    return Formats.written(out, err, Main.OK);
  }
}
