package dev.shades.cli;

import dev.shades.core.definition.Definition;
import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.dsl.Builtins;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.CompiledDefinition;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The definitions a command may use: the built-in ones, then those of the {@code --policy} files, which may extend
 * the built-in ones but not reuse their ids. Shared by the commands that take {@code --policy}, so that they accept
 * and refuse the same files with the same messages.
 */
final class PolicyLoader {
  private PolicyLoader() {}

  /**
   * What was loaded.
   *
   * @param definitions every definition by id, built-in ones first, then those of the policy files in order
   * @param policies the policy file of each definition loaded from one, by id
   */
  record Loaded(Map<String, Definition> definitions, Map<String, Path> policies) {}

  /**
   * Loads the built-in definitions and those of the policy files (compiled without their test blocks).
   *
   * @param policies the policy files, in the order given
   * @param err where errors are printed
   * @return the definitions, or empty (after printing the errors) when a policy file is invalid or reuses the id of
   *     a built-in definition
   */
  static Optional<Loaded> load(List<Path> policies, PrintWriter err) {
    Map<String, Definition> available = new LinkedHashMap<>();
    Map<String, Path> origins = new LinkedHashMap<>();
    Builtins.definitions().forEach(d -> available.put(d.id(), d));
    for (Path policy : policies) {
      CompileResult r = Builtins.compiler().withoutTests().compile(policy);
      if (!r.ok()) {
        r.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d.render()));
        err.flush();
        return Optional.empty();
      }
      for (CompiledDefinition d : r.definitions()) {
        if (Builtins.find(d.id()).isPresent()) {
          err.println("error: " + policy + ": definition '" + d.id() + "' has the id of a built-in definition; "
              + "extend it under a new id instead");
          err.flush();
          return Optional.empty();
        }
        available.put(d.id(), d.definition());
        origins.put(d.id(), policy);
      }
    }
    return Optional.of(new Loaded(Collections.unmodifiableMap(available), Collections.unmodifiableMap(origins)));
  }
}
