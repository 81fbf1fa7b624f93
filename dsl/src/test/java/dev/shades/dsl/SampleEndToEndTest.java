package dev.shades.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.read.Descriptions;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.CompiledDefinition;
import dev.shades.dsl.compile.PolicyCompiler;
import dev.shades.dsl.testing.PolicyTestRunner;
import dev.shades.dsl.testing.TestResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SampleEndToEndTest {
  @Test
  void compilesEvaluatesAndRunsTests() throws Exception {
    CompileResult r = PolicyCompiler.create().compile(Path.of("src/test/resources/sample.shade"));
    assertThat(r.diagnostics()).as(Diagnostics.render(r.diagnostics())).isEmpty();
    List<TestResult> tests = new PolicyTestRunner().run(r.definitions());
    tests.forEach(t -> System.out.println(t.describe()));
    try (Stream<Path> files = Files.list(Path.of("../examples/releases"))) {
      for (Path f : files.sorted().toList()) {
        for (CompiledDefinition d : r.definitions()) {
          Evaluation e = Evaluator.create().evaluate(d.definition(), Descriptions.read(f).release().orElseThrow());
          System.out.printf("%-40s %-16s %s%n", f.getFileName(), d.id(), e.verdict().summary());
        }
      }
    }
  }
}
