package dev.shades.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shades.core.definition.Category;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Dimension;
import dev.shades.core.definition.Shape;
import dev.shades.core.definition.Tier;
import dev.shades.formats.json.EvaluationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shades definitions}: the definitions of openness at hand. */
@Command(
    name = "definitions",
    header = "Lists the built-in and loaded definitions with version and source.",
    mixinStandardHelpOptions = true,
    description =
        "Lists the definitions of openness: the built-in ones and those of --policy. For each: id, title, "
            + "version, the kind of verdict (with its tiers or categories), its source, and where it comes "
            + "from. Exit 0, or 2 when a policy file is invalid or reuses a built-in id.")
final class DefinitionsCommand implements Callable<Integer> {
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
    Formats.require(spec, format, "text", "json");
    Optional<PolicyLoader.Loaded> loaded = PolicyLoader.load(policies, err);
    if (loaded.isEmpty()) {
      return Main.INVALID;
    }
    Map<String, Definition> definitions = loaded.get().definitions();
    Map<String, Path> origins = loaded.get().policies();
    if (format.equals("json")) {
      json(out, definitions, origins);
    } else {
      text(out, definitions, origins);
    }
    out.flush();
    return Main.OK;
  }

  private static void text(PrintWriter out, Map<String, Definition> definitions, Map<String, Path> origins) {
    for (Definition d : definitions.values()) {
      Path policy = origins.get(d.id());
      out.println(d.id() + "  " + d.title() + "  (" + (d.version().isBlank() ? "" : "version " + d.version() + ", ")
          + (policy == null ? "built in" : "from " + policy) + ")");
      out.println("    verdict: " + verdict(d.shape()));
      d.source().ifPresent(s -> out.println("    source:  " + s));
    }
    int builtIn = definitions.size() - origins.size();
    out.println(definitions.size() + " definition" + (definitions.size() == 1 ? "" : "s") + ": " + builtIn
        + " built in" + (origins.isEmpty() ? "" : ", " + origins.size() + " from policy files"));
  }

  /** The kind of verdict in words, with what a reader needs to know of its shape. */
  private static String verdict(Shape shape) {
    if (shape instanceof Shape.Binary b) {
      return "binary (passed or failed), " + count(b.requirements().size(), "requirement");
    }
    if (shape instanceof Shape.Tiers t) {
      return "tiers, lowest first: " + String.join(" < ", t.tiers().stream().map(Tier::name).toList())
          + (t.progress() == Shape.Progress.GATED ? " (progress gated by the tier below)" : "");
    }
    if (shape instanceof Shape.Score s) {
      Set<String> groups = groups(s.dimensions());
      return "score, the " + (s.total() == Shape.Total.SUM ? "sum" : "weighted mean") + " of "
          + count(s.dimensions().size(), "dimension")
          + (groups.isEmpty() ? "" : " in groups " + String.join(", ", groups));
    }
    Shape.Categories c = (Shape.Categories) shape;
    return "category, least open first: " + String.join(" < ", c.categories().stream().map(Category::name).toList());
  }

  private static Set<String> groups(List<Dimension> dimensions) {
    Set<String> groups = new LinkedHashSet<>();
    dimensions.forEach(d -> d.group().ifPresent(groups::add));
    return groups;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void json(PrintWriter out, Map<String, Definition> definitions, Map<String, Path> origins)
      throws IOException {
    JsonGenerator g = EvaluationJson.generator(out);
    g.writeStartArray();
    for (Definition d : definitions.values()) {
      g.writeStartObject();
      g.writeStringField("id", d.id());
      g.writeStringField("title", d.title());
      if (!d.version().isBlank()) {
        g.writeStringField("version", d.version());
      }
      g.writeObjectFieldStart("verdict");
      Shape shape = d.shape();
      if (shape instanceof Shape.Binary b) {
        g.writeStringField("kind", "binary");
        g.writeNumberField("requirements", b.requirements().size());
      } else if (shape instanceof Shape.Tiers t) {
        g.writeStringField("kind", "tiers");
        g.writeStringField("progress", t.progress().name().toLowerCase(Locale.ROOT));
        names(g, "tiers", t.tiers().stream().map(Tier::name).toList());
      } else if (shape instanceof Shape.Score s) {
        g.writeStringField("kind", "score");
        g.writeStringField("total", s.total().name().toLowerCase(Locale.ROOT));
        names(g, "dimensions", s.dimensions().stream().map(Dimension::id).toList());
        names(g, "groups", List.copyOf(groups(s.dimensions())));
      } else {
        g.writeStringField("kind", "category");
        names(g, "categories", ((Shape.Categories) shape).categories().stream().map(Category::name).toList());
      }
      g.writeEndObject();
      if (d.source().isPresent()) {
        g.writeStringField("source", d.source().get());
      }
      Path policy = origins.get(d.id());
      g.writeBooleanField("builtIn", policy == null);
      if (policy != null) {
        g.writeStringField("policy", policy.toString());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.flush();
    out.println();
  }

  private static void names(JsonGenerator g, String field, List<String> names) throws IOException {
    g.writeArrayFieldStart(field);
    for (String n : names) {
      g.writeString(n);
    }
    g.writeEndArray();
  }
}
