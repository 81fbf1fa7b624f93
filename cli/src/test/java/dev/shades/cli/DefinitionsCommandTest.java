package dev.shades.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shades.dsl.Builtins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionsCommandTest {
  private static final Path DIR = Path.of("src/test/resources/definitions");

  @Test
  void listsTheBuiltInDefinitions() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("definitions");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    Golden.check(DIR.resolve("builtin.expected.txt"), r.out());
    for (var d : Builtins.definitions()) {
      assertThat(r.out()).contains(d.id() + "  " + d.title());
    }
  }

  @Test
  void listsAsJson() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("definitions", "--format", "json");
    assertThat(r.exit()).isEqualTo(0);
    Golden.check(DIR.resolve("builtin.expected.json"), r.out());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.size()).isEqualTo(Builtins.definitions().size());
    assertThat(json.get(1).at("/verdict/tiers").size()).isEqualTo(3);
  }

  @Test
  void addsTheDefinitionsOfPolicyFiles() throws IOException {
    String policy = DIR.resolve("ours.shade").toString();
    ShowCommandTest.Run r = ShowCommandTest.run("definitions", "--policy", policy);
    assertThat(r.exit()).isEqualTo(0);
    Golden.check(DIR.resolve("with-policy.expected.txt"), r.out());
    ShowCommandTest.Run json = ShowCommandTest.run("definitions", "--format", "json", "--policy", policy);
    JsonNode last = new ObjectMapper().readTree(json.out()).get(Builtins.definitions().size() + 1);
    assertThat(last.get("id").asText()).isEqualTo("our-spectrum");
    assertThat(last.get("builtIn").asBoolean()).isFalse();
    assertThat(last.get("policy").asText()).isEqualTo(policy);
    assertThat(last.has("version")).isFalse();
  }

  @Test
  void refusesABuiltInIdExactlyAsEvaluateDoes() {
    String clash = DIR.resolve("clash.shade").toString();
    ShowCommandTest.Run r = ShowCommandTest.run("definitions", "--policy", clash);
    ShowCommandTest.Run evaluate = ShowCommandTest.run("evaluate", "--policy", clash,
        "../examples/releases/olmo-7b.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("""
        error: src/test/resources/definitions/clash.shade:2:12: definition 'mof-mot' has the id of a built-in \
        definition; extend it under a new id instead [duplicate-name]
          definition mof-mot "Mine" {
                     ^~~~~~~
        """);
    assertThat(evaluate.exit()).isEqualTo(2);
    assertThat(evaluate.err()).isEqualTo(r.err());
  }

  @Test
  void anInvalidPolicyIsInvalidInput(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.shade"), "shades 1\ndefinition d {\n  require model-weights "
        + "is open\n}\n");
    ShowCommandTest.Run r = ShowCommandTest.run("definitions", "--policy", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("bad.shade:3:11: unknown component").contains("[unknown-component]");
    ShowCommandTest.Run missing = ShowCommandTest.run("definitions", "--policy", dir.resolve("nope.shade")
        .toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.shade:1:1: no such file");
  }

  @Test
  void badOptionsAndHelp() {
    ShowCommandTest.Run r = ShowCommandTest.run("definitions", "--format", "yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: --format must be text or json, not 'yaml'");
    ShowCommandTest.Run help = ShowCommandTest.run("definitions", "--help");
    assertThat(help.exit()).isEqualTo(0);
    assertThat(help.out()).contains("Usage: shades definitions [-hV] [--format=<format>] [--policy=POLICY]...");
  }

  @Test
  void theTopLevelHelpListsEveryCommand() {
    ShowCommandTest.Run r = ShowCommandTest.run("--help");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("  fmt ").contains("  convert ").contains("  licenses ").contains("  definitions ");
  }
}
