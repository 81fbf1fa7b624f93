package dev.shades.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.PolicyCompiler;
import dev.shades.dsl.testing.PolicyTestRunner;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in policy compiles with no diagnostic at all, has test blocks, and passes them (run from the sources,
 * where their release paths lead to the bundled example releases).
 */
class BuiltinsTest {
  private static final Path FOLDER = Path.of("src/main/resources/dev/shades/dsl/builtin");

  @Test
  void theBuiltInsLoadFromTheJarResources() {
    assertThat(Builtins.definitions()).isNotEmpty();
    assertThat(Builtins.find("mof-mot")).isPresent();
    assertThat(Builtins.definitions()).extracting(d -> d.id()).doesNotHaveDuplicates();
  }

  @TestFactory
  Stream<DynamicTest> eachBuiltInIsCleanAndPassesItsTests() {
    return Builtins.files().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
      CompileResult r = PolicyCompiler.create().compile(FOLDER.resolve(file));
      assertThat(r.diagnostics()).as(Diagnostics.render(r.diagnostics())).isEmpty();
      assertThat(r.definitions()).allSatisfy(d -> assertThat(d.tests()).as(d.id() + " has tests").isNotEmpty());
      new PolicyTestRunner().run(r.definitions()).forEach(t -> assertThat(t.passed()).as(t.describe()).isTrue());
    }));
  }
}
