package dev.shades.dsl.compile;

import dev.shades.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What compiling a policy file gave: its definitions (none when there are errors) and every diagnostic.
 *
 * @param definitions the definitions of the file (not those of the files it imports), in order
 * @param diagnostics errors, warnings and notes, ordered by file and position
 */
public record CompileResult(List<CompiledDefinition> definitions, List<Diagnostic> diagnostics) {
  /** Copies the lists. */
  public CompileResult {
    definitions = List.copyOf(definitions);
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when there are no errors. */
  public boolean ok() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /** The definition with this id. */
  public Optional<CompiledDefinition> definition(String id) {
    return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
