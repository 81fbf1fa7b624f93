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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shades why}: where two definitions disagree on a release, and which facts split them. */
@Command(
    name = "why",
    header = "Shows which facts split two definitions on a release.",
    mixinStandardHelpOptions = true,
    description =
        "Shows where two definitions disagree on each release: both verdicts, and the facts that split "
            + "them (one accepts a fact the other rejects or cannot decide, or only one of them asks about it). "
            + "Name exactly two definitions: --definitions ID1,ID2.")
final class WhyCommand implements Callable<Integer> {
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
    if (definitions.ids.size() != 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "why compares exactly two definitions: "
          + "--definitions ID1,ID2 (got " + definitions.ids.size() + ")");
    }
    Optional<List<Definition>> selected = definitions.select(err);
    if (selected.isEmpty()) {
      return Main.INVALID;
    }
    if (selected.get().size() != 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "why compares two different definitions");
    }
    Definition da = selected.get().get(0);
    Definition db = selected.get().get(1);
    Evaluator evaluator = Evaluator.create();
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
      Evaluation ea = evaluator.evaluate(da, release.get());
      Evaluation eb = evaluator.evaluate(db, release.get());
      Differences.Disagreement d = Differences.definitions(ea, eb);
      if (json != null) {
        ExplanationJson.write(json, d, file.toString());
        any = true;
        continue;
      }
      out.println((any ? "\n" : "") + release.get().name() + "  (" + file + ")");
      any = true;
      out.println("  " + da.id() + ": " + ea.verdict().summary());
      out.println("  " + db.id() + ": " + eb.verdict().summary());
      if (d.splitting().isEmpty()) {
        out.println("  no fact is judged differently by the two");
      } else {
        out.println("  facts that split them (" + da.id() + "  |  " + db.id() + "):");
        d.splitting().forEach(f -> out.println("    " + f.describe()));
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
}
