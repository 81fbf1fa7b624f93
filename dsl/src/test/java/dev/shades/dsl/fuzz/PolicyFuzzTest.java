package dev.shades.dsl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.ast.Ast;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.PolicyCompiler;
import dev.shades.dsl.parser.PolicyParser;

/**
 * Fuzzes the policy parser and checker with <a href="https://github.com/CodeIntelligenceTesting/jazzer">Jazzer</a>:
 * whatever the text, compiling it must neither throw (any throwable is a finding) nor stay silent about a problem —
 * the result is the file's definitions, or at least one error.
 *
 * <p>In every build ({@code mvn verify}) this runs only on its seeds (regression mode): the empty input and every
 * file under {@code src/test/resources/dev/shades/dsl/fuzz/PolicyFuzzTestInputs/fuzzOne/}, which holds copies of the
 * repository's {@code .shade} files made by {@code dsl/src/test/update-fuzz-seeds.sh} (rerun it when policy files
 * are added) and any regression inputs added by hand. To fuzz for {@code maxDuration}:
 *
 * <pre>mvn -pl dsl -Pfuzz test -Dtest=PolicyFuzzTest</pre>
 *
 * <p>The profile {@code fuzz} of {@code dsl/pom.xml} sets {@code JAZZER_FUZZ=1} and keeps the generated corpus and
 * findings under {@code dsl/target/fuzz/}.
 */
class PolicyFuzzTest {
  private static final PolicyCompiler COMPILER = PolicyCompiler.create();
  private static final PolicyParser PARSER = PolicyParser.create();

  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({
      "shades 1", "import", "kind", "license", "licenses", "url", "suited", "to", "traits", "users", "excluded",
      "osi-approved-by-declaration", "definition", "extends", "version", "source", "description", "unknown", "as",
      "violated", "satisfied", "progress", "cumulative", "gated", "open", "drop", "require", "when", "because",
      "remedy", "warn", "warning", "unless", "tier", "score", "group", "dimension", "weight", "grade", "else",
      "category", "test", "release", "expect", "passed", "failed", "undetermined", "none", "name", "fact", "true",
      "false", "not", "and", "or", "is", "are", "has", "have", "base", "all", "any", "at", "least", "of",
      "components", "known", "with", "in", "availability", "discloses", "listed", "released", "osi-approved",
      "osd-conformant", "model-parameters", "training-code", "datasets", "model-card", "Apache-2.0", "MIT",
      "LicenseRef-", "{", "}", "(", ")", "[", "]", ",", ":", "<=", ">=", "==", "!=", "=", "#"})
  void fuzzOne(@NotNull @WithUtf8Length(max = 8192) String input) {
    SourceText source = SourceText.of("fuzz.shade", input);
    CompileResult result = COMPILER.compile(source);
    boolean hasErrors = result.diagnostics().stream().anyMatch(Diagnostic::isError);

    // Definitions, or at least one error; never both.
    if (hasErrors) {
      assertThat(result.definitions()).as("definitions of a file with errors").isEmpty();
    } else {
      // Without errors, every definition the file declares was compiled (a file may declare none).
      long declared = PARSER.parse(source).file().orElseThrow(() -> new AssertionError(
              "compiled without errors but does not parse: " + Diagnostics.render(result.diagnostics())))
          .items().stream().filter(Ast.DefinitionDecl.class::isInstance).count();
      assertThat(result.definitions()).as("compiled definitions").hasSize((int) declared);
    }
    // A user sees the diagnostics rendered, each with its source line and caret: that must not throw either.
    assertThat(Diagnostics.render(result.diagnostics())).isNotNull();
  }
}
