package dev.shades.cli;

import dev.shades.core.definition.Definition;
import dev.shades.core.diagnostic.Suggestions;
import dev.shades.dsl.Builtins;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that choose definitions, shared by every command that evaluates: {@code -d/--definition ID}
 * (repeatable, or comma-separated) and {@code --policy POLICY} (custom definitions beside the built-in ones).
 */
final class DefinitionOptions {
  @Option(names = {"-d", "--definition", "--definitions"}, paramLabel = "ID", split = ",",
      description = "A definition to apply (repeatable, or comma-separated). Default: every built-in one, or "
          + "every one the --policy files define.")
  List<String> ids = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "POLICY", description = "Load custom definitions from a policy file "
      + "(repeatable); they may extend the built-in ones but not reuse their ids.")
  List<Path> policies = new ArrayList<>();

  /** Every definition available: the built-in ones, then those the policies define; empty after an error. */
  Optional<Map<String, Definition>> available(PrintWriter err) {
    return PolicyLoader.load(policies, err).map(PolicyLoader.Loaded::definitions);
  }

  /** A "did you mean" for a near miss, or for the one id the text begins (as {@code osaid} does {@code osaid-1.0}). */
  static String hint(String id, java.util.Collection<String> known) {
    String near = Suggestions.didYouMean(id, known);
    if (!near.isEmpty()) {
      return near;
    }
    List<String> starting = known.stream().filter(k -> k.startsWith(id)).toList();
    return starting.size() == 1 ? "; did you mean '" + starting.get(0) + "'?" : "";
  }

  /** The definitions chosen, in the order named; empty after an error (reported on {@code err}). */
  Optional<List<Definition>> select(PrintWriter err) {
    Optional<Map<String, Definition>> found = available(err);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Definition> available = found.get();
    List<Definition> selected = new ArrayList<>();
    for (String id : ids) {
      Definition d = available.get(id.strip());
      if (d == null) {
        err.println("error: unknown definition '" + id + "'" + hint(id, available.keySet())
            + " (known: " + String.join(", ", available.keySet()) + ")");
        err.flush();
        return Optional.empty();
      }
      if (!selected.contains(d)) {
        selected.add(d);
      }
    }
    if (selected.isEmpty()) {
      selected.addAll(policies.isEmpty() ? available.values()
          : available.values().stream().filter(d -> Builtins.find(d.id()).isEmpty()).toList());
    }
    return Optional.of(selected);
  }
}
