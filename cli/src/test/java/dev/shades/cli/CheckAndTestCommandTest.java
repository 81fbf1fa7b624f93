package dev.shades.cli;

import static dev.shades.cli.ExplainDiffWhyCommandTest.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code check} and {@code test}: golden output, exit codes, and policies that extend built-in definitions. */
class CheckAndTestCommandTest {
  private static final Path DIR = Path.of("src/test/resources/policies");

  private static String policy(String name) {
    return DIR.resolve(name).toString();
  }

  @Test
  void checkPrintsEachErrorWithItsLocationAndExits2() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("check", policy("broken.shade"));
    assertThat(r.exit()).isEqualTo(2);
    assertGolden(r.out(), DIR.resolve("broken.check.txt"));
  }

  @Test
  void checkInJsonForEditors() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("check", "--format", "json", policy("broken.shade"));
    assertThat(r.exit()).isEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("errors").asInt()).isEqualTo(2);
    assertThat(json.get("diagnostics")).hasSize(2);
    assertThat(json.at("/diagnostics/0/code").asText()).isEqualTo("unknown-component");
    assertThat(json.at("/diagnostics/0/line").asInt()).isEqualTo(5);
    assertThat(json.at("/diagnostics/0/column").asInt()).isEqualTo(20);
    assertGolden(r.out(), DIR.resolve("broken.check.json"));
  }

  @Test
  void checkAcceptsAPolicyThatExtendsABuiltInDefinition() {
    ShowCommandTest.Run r = ShowCommandTest.run("check", policy("extends-builtin.shade"));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("ok: 1 definition in 1 file\n");
  }

  @Test
  void checkPassesTheBundledExamplePolicies() {
    ShowCommandTest.Run r = ShowCommandTest.run("check", "../examples/policies/ladder.shade",
        "../examples/policies/our-score.shade", "../examples/policies/procurement.shade",
        "../examples/policies/research-procurement.shade", "../examples/policies/strict-osaid.shade");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).endsWith("in 5 files\n").startsWith("ok: ");
  }

  @Test
  void testEndsWithASummaryAndExits1WhenATestFails() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("test", policy("one-fails.shade"));
    assertThat(r.exit()).isEqualTo(1);
    assertGolden(r.out(), DIR.resolve("one-fails.test.txt"));
    assertThat(r.out()).endsWith("1 passed, 1 failed\n");
  }

  @Test
  void testExits0WhenAllPassIncludingOverBuiltIns() {
    ShowCommandTest.Run r = ShowCommandTest.run("test", policy("extends-builtin.shade"));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("PASS our-osaid / OLMo 7B still passes\n1 passed, 0 failed\n");
  }

  @Test
  void testExits2OnAnInvalidPolicyAndStillRunsTheOthers() {
    ShowCommandTest.Run r = ShowCommandTest.run("test", policy("broken.shade"), policy("extends-builtin.shade"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("broken.shade:5:20: unknown component kind 'model-weights'")
        .doesNotContain("\tat ");
    assertThat(r.out()).endsWith("1 passed, 0 failed\n");
  }
}
