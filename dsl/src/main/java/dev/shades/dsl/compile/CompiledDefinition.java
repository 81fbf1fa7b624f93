package dev.shades.dsl.compile;

import dev.shades.core.definition.Definition;
import dev.shades.core.diagnostic.SourceSpan;
import java.util.List;
import java.util.Objects;

/**
 * A definition compiled from a policy file, with its test blocks.
 *
 * @param definition the compiled definition
 * @param tests its test blocks
 * @param span where it is declared
 */
public record CompiledDefinition(Definition definition, List<PolicyTest> tests, SourceSpan span) {
  /** Validates and copies. */
  public CompiledDefinition {
    Objects.requireNonNull(definition, "definition");
    tests = List.copyOf(tests);
    Objects.requireNonNull(span, "span");
  }

  /** The definition's id. */
  public String id() {
    return definition.id();
  }
}
