package dev.shades.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Interval;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Verdict;
import dev.shades.core.definition.WarningResult;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Release;
import dev.shades.formats.json.EvaluationJson;
import dev.shades.formats.report.DefinitionInfo;
import dev.shades.formats.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shades evaluate}: each description against each selected definition. */
@Command(
    name = "evaluate",
    header = "Evaluates descriptions against definitions and prints the verdicts with their reasons.",
    mixinStandardHelpOptions = true,
    description =
        "Evaluates each description against each selected definition (every built-in one when none is "
            + "named) and prints the verdicts with their reasons. Directories are read for *.yaml, *.yml and "
            + "*.json files. Invalid descriptions are reported on stderr and the others still evaluated; the "
            + "exit code is then 2.")
final class EvaluateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Description files or directories.")
  List<Path> files = new ArrayList<>();

  @Mixin DefinitionOptions definitions;

  @Option(names = "--format", defaultValue = "text", description = "text, json (one array), jsonl (one evaluation "
      + "per line, as it is made), markdown or html (the reports of 'compare').")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "With markdown or html: write the report to "
      + "this file instead of standard output.")
  Optional<Path> output;

  @Option(names = "--no-color", description = "No colour in text output (it is coloured only on a terminal).")
  boolean noColour;

  @Mixin CiOptions ci;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Formats.require(spec, format, "text", "json", "jsonl", "markdown", "html");
    if (format.equals("markdown") || format.equals("html")) {
      return CompareCommand.run(spec, files, definitions, format, Optional.empty(), false, output, Optional.empty(),
          true, ci, List.of(format));
    }
    Optional<List<Definition>> selected = definitions.select(err);
    if (selected.isEmpty()) {
      return Main.INVALID;
    }
    Optional<List<FailOn>> failOn = Batch.failOn(ci.failOn, selected.get(), err);
    if (failOn.isEmpty()) {
      return Main.INVALID;
    }
    Batch.Sink sink = switch (format) {
      case "json" -> new JsonSink(EvaluationJson.generator(out), out, false);
      case "jsonl" -> new JsonSink(EvaluationJson.compactGenerator(out), out, true);
      default -> new TextSink(out, selected.get(), Terminal.colour(noColour));
    };
    return Batch.run(Inputs.of(files, err), selected.get(), sink, failOn.get(), ci.allowUndetermined, err);
  }

  /** One JSON array of evaluations, or one evaluation per line. */
  private static final class JsonSink implements Batch.Sink {
    private final JsonGenerator json;
    private final PrintWriter out;
    private final boolean lines;

    JsonSink(JsonGenerator json, PrintWriter out, boolean lines) throws IOException {
      this.json = json;
      this.out = out;
      this.lines = lines;
      if (!lines) {
        json.writeStartArray();
      }
    }

    @Override
    public void release(Path file, Release release, List<Evaluation> evaluations) throws IOException {
      for (Evaluation e : evaluations) {
        EvaluationJson.write(json, e, Optional.of(file.toString()));
        if (lines) {
          json.flush();
          out.println();
        }
      }
      json.flush();
    }

    @Override
    public boolean failed() {
      return out.checkError();
    }

    @Override
    public void finish() throws IOException {
      if (!lines) {
        json.writeEndArray();
        json.flush();
        out.println();
      }
      out.flush();
    }
  }

  /** The readable form: per release, each verdict and what decides it. */
  private static final class TextSink implements Batch.Sink {
    private final PrintWriter out;
    private final List<Definition> definitions;
    private final boolean colour;
    // For colouring each verdict by its openness, worked out once per definition.
    private final List<DefinitionInfo> infos;
    private boolean any;

    TextSink(PrintWriter out, List<Definition> definitions, boolean colour) {
      this.out = out;
      this.definitions = definitions;
      this.colour = colour;
      this.infos = colour ? definitions.stream().map(DefinitionInfo::of).toList() : List.of();
    }

    @Override
    public void release(Path file, Release release, List<Evaluation> evaluations) {
      if (any) {
        out.println();
      }
      any = true;
      out.println(release.name() + "  (" + file + ")");
      for (int i = 0; i < evaluations.size(); i++) {
        text(out, definitions.get(i), evaluations.get(i), colour ? Optional.of(infos.get(i)) : Optional.empty());
      }
      out.flush();
    }

    @Override
    public boolean failed() {
      return out.checkError();
    }

    @Override
    public void finish() {
      if (any) {
        out.println();
        out.println(EvaluationJson.DISCLAIMER);
      }
      out.flush();
    }
  }

  /** One evaluation as text; coloured by its openness when {@code colour} holds the definition's report info. */
  private static void text(PrintWriter out, Definition d, Evaluation e, Optional<DefinitionInfo> colour) {
    Verdict v = e.verdict();
    String head = String.format(Locale.ROOT, "  %-24s %s", d.id(),
        colour.map(info -> TextReport.coloured(info, v, v.summary())).orElse(v.summary()));
    if (v instanceof Verdict.Tiers t) {
      List<String> progress = new ArrayList<>();
      t.progress().forEach((tier, pct) -> progress.add(tier + " " + String.format(Locale.ROOT, "%.0f%%", pct)));
      head += "  [" + String.join(", ", progress) + "]";
    } else if (v instanceof Verdict.Score s && !s.groups().isEmpty()) {
      List<String> groups = new ArrayList<>();
      s.groups().forEach((g, i) -> groups.add(g + " " + format(i)));
      head += "  [" + String.join(", ", groups) + "]";
    }
    out.println(head);
    // For tiers, what stands between the release and the next tier; for yes/no, everything not satisfied.
    Optional<String> nextTier = v instanceof Verdict.Tiers t ? t.outcomes().entrySet().stream()
        .filter(x -> x.getValue() != Outcome.SATISFIED).map(Map.Entry::getKey).findFirst() : Optional.empty();
    List<String> tierOrder = v instanceof Verdict.Tiers t ? new ArrayList<>(t.outcomes().keySet()) : List.of();
    for (RequirementResult r : e.requirements()) {
      boolean relevant = !(v instanceof Verdict.Tiers) || (nextTier.isPresent() && r.tier().isPresent()
          && tierOrder.indexOf(r.tier().get()) <= tierOrder.indexOf(nextTier.get()));
      if (relevant && r.applies() && r.outcome() != Outcome.SATISFIED && !(v instanceof Verdict.Score)
          && !(v instanceof Verdict.Category)) {
        out.println("      " + r.outcome().id() + ": " + r.id() + r.tier().map(t -> " [" + t + "]").orElse("")
            + r.because().map(b -> " — " + b).orElse("")
            + r.remedy().map(m -> " (remedy: " + m + ")").orElse(""));
      }
    }
    for (Evaluation.DecidingUnknown u : e.decidingUnknowns()) {
      if (v instanceof Verdict.Binary b && b.passed().isEmpty()) {
        out.println("      unknown fact: " + u.describe());
      }
    }
    for (WarningResult w : e.warnings()) {
      List<String> about = w.facts().stream().map(f -> f.subject() + " " + f.value()).distinct().toList();
      out.println("      warning [" + w.code() + "]: " + w.message()
          + (about.isEmpty() ? "" : " (" + String.join("; ", about) + ")"));
    }
  }

  private static String format(Interval i) {
    return i.isExact() ? String.format(Locale.ROOT, "%.3f", i.low())
        : String.format(Locale.ROOT, "%.3f-%.3f", i.low(), i.high());
  }
}
