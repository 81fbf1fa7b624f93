package dev.shades.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.Verdict;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import dev.shades.core.testing.SharedData;
import dev.shades.dsl.Builtins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code mof-mot} reproduces the Model Openness Tool's own judgements: its 27 test descriptions against the
 * results its maintainers recorded from a running instance, and 25 published model descriptions against the classes
 * and progress the tool's rules give them.
 */
class ModelOpennessToolConformanceTest {
  private static final List<String> TIERS = List.of("Class III - Open Model", "Class II - Open Tooling Model",
      "Class I - Open Science Model");

  private static Definition mofMot() {
    return Builtins.find("mof-mot").orElseThrow();
  }

  /** Class (0 for unclassified, else 3, 2, 1) and progress of III, II, I, as the tool reports them. */
  record Result(int mofClass, double p3, double p2, double p1) {
    String describe() {
      return String.format(Locale.ROOT, "class %d, III %.2f, II %.2f, I %.2f", mofClass, p3, p2, p1);
    }
  }

  static Result result(Release release) {
    Verdict.Tiers v = (Verdict.Tiers) Evaluator.create().verdict(mofMot(), release);
    int mofClass = v.tier().map(t -> 3 - TIERS.indexOf(t)).orElse(0);
    return new Result(mofClass, v.progress().get(TIERS.get(0)), v.progress().get(TIERS.get(1)),
        v.progress().get(TIERS.get(2)));
  }

  static Release read(Path file) {
    ReadResult r = Descriptions.read(file);
    assertThat(r.format()).contains("mot");
    assertThat(r.errors()).as(Diagnostics.render(r.diagnostics())).isEmpty();
    return r.release().orElseThrow();
  }

  @TestFactory
  Stream<DynamicTest> theToolsOwnTestCases() throws IOException {
    Path dir = SharedData.folder("mot/test-cases");
    // The recorded output has trailing commas; it is read leniently, as the data README says.
    String json = Files.readString(dir.resolve("expected_results.json")).replaceAll(",(\\s*[}\\]])", "$1");
    Map<String, Result> expected = new HashMap<>();
    for (JsonNode m : new ObjectMapper().readTree(json).get("models")) {
      JsonNode c = m.get("classification");
      expected.put(m.at("/release/name").asText(), new Result(c.get("class").asInt(),
          c.at("/progress/3").asDouble(), c.at("/progress/2").asDouble(), c.at("/progress/1").asDouble()));
    }
    assertThat(expected).hasSize(27);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
    }
    assertThat(files).hasSize(27);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path f : files) {
      tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
        Release release = read(f);
        Result want = expected.get(release.name());
        assertThat(want).as("expected result for release.name '%s'", release.name()).isNotNull();
        assertThat(result(release).describe()).isEqualTo(want.describe());
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> publishedModels() throws IOException {
    Path dir = SharedData.folder("mot/models");
    List<String> lines = Files.readAllLines(dir.getParent().resolve("expected-classes.tsv"));
    assertThat(lines).hasSize(26);
    return lines.stream().skip(1).map(line -> line.split("\t")).map(cols -> DynamicTest.dynamicTest(cols[0], () -> {
      Result got = result(read(dir.resolve(cols[0])));
      int wantClass = switch (cols[2]) {
        case "I" -> 1;
        case "II" -> 2;
        case "III" -> 3;
        default -> 0;
      };
      Result want = new Result(wantClass, Double.parseDouble(cols[3]), Double.parseDouble(cols[4]),
          Double.parseDouble(cols[5]));
      assertThat(got.describe()).isEqualTo(want.describe());
      double total = (got.p3() + got.p2() + got.p1()) / 3;
      assertThat(String.format(Locale.ROOT, "%.2f", total)).isEqualTo(cols[6]);
    }));
  }
}
