package dev.shades.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.testing.SharedData;
import dev.shades.dsl.Builtins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A law: the verdict-only path (used for whole catalogues, with its specialised checks) gives exactly the verdict of
 * a full, explained evaluation — for every built-in definition on every bundled and conformance description.
 */
class VerdictOnlyAgreesTest {
  static List<Path> descriptions() throws IOException {
    List<Path> dirs = new ArrayList<>(List.of(SharedData.repositoryRoot().resolve("examples/releases")));
    for (String d : List.of("mot/models", "mot/test-cases", "osai-index/projects", "osai-index/v14/projects",
        "osai-index/legacy/projects")) {
      dirs.add(SharedData.folder(d));
    }
    List<Path> out = new ArrayList<>();
    for (Path dir : dirs) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> verdictOnlyEqualsTheExplainedVerdict() throws IOException {
    Evaluator evaluator = Evaluator.create();
    return descriptions().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      Release release = Descriptions.read(file).release().orElseThrow();
      for (Definition d : Builtins.definitions()) {
        dev.shades.core.definition.Evaluation full = evaluator.evaluate(d, release);
        assertThat(evaluator.verdict(d, release)).as(d.id()).isEqualTo(full.verdict());
        // The verdict-only evaluation that matrices use: the same verdict and identity, no detail.
        dev.shades.core.definition.Evaluation bare = evaluator.verdictOnly(d, release);
        assertThat(bare.verdict()).as(d.id()).isEqualTo(full.verdict());
        assertThat(bare.sourceHash()).isEqualTo(full.sourceHash());
        assertThat(bare.requirements()).isEmpty();
        assertThat(bare.warnings()).isEmpty();
      }
    }));
  }
}
