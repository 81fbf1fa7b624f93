package dev.shades.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.PolicyCompiler;
import dev.shades.dsl.testing.PolicyTestRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void everyDefinitionTheIssueNamesIsThereByItsIdInOrder() {
    assertThat(Builtins.definitions()).extracting(d -> d.id()).containsExactly("osaid-1.0", "mof-mot", "mof-strict",
        "eu-osai-index", "eu-osai-index-14", "opening-up-chatgpt", "eu-osai-index-derived", "lf-open-source-ai",
        "ocv-spectrum", "eu-ai-act-exemption", "release-gradient");
    assertThat(Builtins.definitions()).allSatisfy(d -> {
      assertThat(d.version()).as(d.id() + " version").isNotBlank();
      assertThat(d.source()).as(d.id() + " source").hasValueSatisfying(s -> assertThat(s).contains("https://"));
    });
  }

  @Test
  void theIndexListsEveryPolicyFileInTheFolder() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> present = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".shade")).toList();
      assertThat(Builtins.files()).containsExactlyInAnyOrderElementsOf(present);
    }
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
