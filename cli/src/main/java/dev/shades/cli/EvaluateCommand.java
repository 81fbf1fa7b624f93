package dev.shades.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.Interval;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Verdict;
import dev.shades.core.definition.WarningResult;
import dev.shades.core.diagnostic.Suggestions;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import dev.shades.dsl.Builtins;
import dev.shades.formats.json.EvaluationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shades evaluate}: each description against each selected definition. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates each description against each selected definition (every built-in one when none is named) and",
      "prints the verdicts with their reasons. Directories are read for *.yaml, *.yml and *.json files.",
      "Invalid descriptions are reported on stderr and the others still evaluated; the exit code is then 2."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Description files or directories.")
  List<Path> files = new ArrayList<>();

  @Option(names = {"-d", "--definition"}, paramLabel = "ID", description = "A definition to apply (repeatable).")
  List<String> ids = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "POLICY", description = "Load custom definitions from a policy file "
      + "(repeatable); they may extend the built-in ones.")
  List<Path> policies = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  String format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json, not '"
          + format + "'");
    }
    Optional<PolicyLoader.Loaded> loaded = PolicyLoader.load(policies, err);
    if (loaded.isEmpty()) {
      return Main.INVALID;
    }
    Map<String, Definition> available = loaded.get().definitions();
    List<Definition> selected = new ArrayList<>();
    for (String id : ids) {
      Definition d = available.get(id);
      if (d == null) {
        err.println("error: unknown definition '" + id + "'" + Suggestions.didYouMean(id, available.keySet())
            + " (known: " + String.join(", ", available.keySet()) + ")");
        err.flush();
        return Main.INVALID;
      }
      selected.add(d);
    }
    if (selected.isEmpty()) {
      selected.addAll(policies.isEmpty() ? available.values()
          : available.values().stream().filter(d -> Builtins.find(d.id()).isEmpty()).toList());
    }

    Evaluator evaluator = Evaluator.create();
    boolean invalid = false;
    JsonGenerator json = format.equals("json") ? EvaluationJson.generator(out) : null;
    if (json != null) {
      json.writeStartArray();
    }
    boolean first = true;
    for (Path file : expand(files)) {
      ReadResult read = Descriptions.read(file);
      if (!read.ok()) {
        invalid = true;
        read.diagnostics().forEach(d -> err.println(d.render()));
        continue;
      }
      Release release = read.release().get();
      if (json == null) {
        if (!first) {
          out.println();
        }
        out.println(release.name() + "  (" + file + ")");
      }
      first = false;
      for (Definition d : selected) {
        Evaluation e = evaluator.evaluate(d, release);
        if (json != null) {
          EvaluationJson.write(json, e, Optional.of(file.toString()));
        } else {
          text(out, d, e);
        }
      }
    }
    if (json != null) {
      json.writeEndArray();
      json.flush();
      out.println();
    } else if (!first) {
      out.println();
      out.println(EvaluationJson.DISCLAIMER);
    }
    out.flush();
    err.flush();
    return invalid ? Main.INVALID : Main.OK;
  }

  /** Files as given; directories replaced by their description files, sorted. */
  static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(f -> {
            String n = f.getFileName().toString();
            return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
          }).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static void text(PrintWriter out, Definition d, Evaluation e) {
    Verdict v = e.verdict();
    String head = String.format(Locale.ROOT, "  %-24s %s", d.id(), v.summary());
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
