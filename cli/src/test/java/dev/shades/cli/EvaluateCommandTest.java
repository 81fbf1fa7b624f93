package dev.shades.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private static final String OLMO = "../examples/releases/olmo-7b.yaml";

  @Test
  void printsOneJsonArrayInInputThenDefinitionOrder() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("evaluate", "--format", "json", "-d", "mof-mot", OLMO,
        "../examples/releases/gpt-4o.yaml");
    assertThat(r.exit()).isEqualTo(0);
    JsonNode array = new ObjectMapper().readTree(r.out());
    assertThat(array.size()).isEqualTo(2);
    assertThat(array.get(0).get("release").asText()).isEqualTo("OLMo 7B");
    assertThat(array.get(0).get("source").asText()).isEqualTo(OLMO);
    assertThat(array.get(0).at("/definition/id").asText()).isEqualTo("mof-mot");
    assertThat(array.get(0).at("/verdict/kind").asText()).isEqualTo("tiers");
    assertThat(array.get(0).at("/verdict/tier").asText()).isEqualTo("Class III - Open Model");
    assertThat(array.get(1).at("/verdict/tier").isNull()).isTrue();
    assertThat(array.get(0).at("/audit/spdxListVersion").asText()).isEqualTo("3.28.0");
    assertThat(array.get(0).get("requirements").get(0).get("outcome").asText()).isEqualTo("satisfied");
  }

  @Test
  void explainsInTextWhatBlocksTheNextTier() {
    ShowCommandTest.Run r = ShowCommandTest.run("evaluate", "-d", "mof-mot", OLMO);
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("OLMo 7B  (" + OLMO + ")")
        .contains("mof-mot                  Class III - Open Model")
        .contains("violated: evaluation-data [Class II - Open Tooling Model]")
        .contains("not legal advice");
  }

  @Test
  void reportsInvalidDescriptionsAndStillEvaluatesTheRest(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "shades: 1\nname: Bad\ncomponents:\n  weights: {availability: open}\n");
    ShowCommandTest.Run r = ShowCommandTest.run("evaluate", "-d", "mof-mot", bad.toString(), OLMO);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("[unknown-component]").doesNotContain("\tat ");
    assertThat(r.out()).contains("OLMo 7B");
  }

  /** A clone of a catalogue's repository, as the European Open Source AI Index keeps its files. */
  private static Path catalogue(Path dir) throws IOException {
    Files.writeString(dir.resolve("Demo.yaml"), """
        system:
            name: Demo
        org:
            name: ACME
        trainingcode:
            class: open
        """);
    Files.writeString(dir.resolve("_parameters.yml"), "- name: Availability\n  ref: availability\n");
    Files.writeString(dir.resolve(".zenodo.json"), "{\"title\": \"catalogue\"}\n");
    Files.createDirectories(dir.resolve(".github/workflows"));
    Files.writeString(dir.resolve(".github/workflows/publish.yml"), "name: publish\non: [push]\n");
    return dir;
  }

  @Test
  void aWalkedDirectorySkipsHiddenEntriesAndFilesThatAreNotDescriptions(@TempDir Path dir) throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("evaluate", "-d", "eu-osai-index", catalogue(dir).toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Demo");
    assertThat(r.err()).contains("note: " + dir.resolve("_parameters.yml") + ": skipped: no reader recognises it "
        + "(found in " + dir + "; name the file to read it anyway) [not-a-description]")
        .contains("1 release × 1 definition").contains("0 invalid descriptions; 1 other file skipped")
        .doesNotContain(".github").doesNotContain(".zenodo");
  }

  @Test
  void aFileThatIsNotADescriptionIsStillAnErrorWhenNamed(@TempDir Path dir) throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("evaluate", catalogue(dir).resolve("_parameters.yml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("[unknown-format]");
  }

  @Test
  void aDirectoryWhereNothingIsADescriptionIsAnError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("_parameters.yml"), "- name: Availability\n");
    Files.writeString(dir.resolve("notes.json"), "{}\n");
    ShowCommandTest.Run r = ShowCommandTest.run("evaluate", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("error: " + dir + ": none of its 2 *.yaml, *.yml or *.json files is a description "
        + "[no-descriptions]");
  }

  @Test
  void aBrokenDescriptionInADirectoryIsStillInvalid(@TempDir Path dir) throws IOException {
    catalogue(dir);
    Files.writeString(dir.resolve("bad.yaml"), "shades: 1\nname: Bad\ncomponents:\n  weights: {availability: open}\n");
    ShowCommandTest.Run r = ShowCommandTest.run("evaluate", "-d", "eu-osai-index", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("[unknown-component]").contains("1 invalid description; 1 other file skipped");
  }

  @Test
  void anUnknownDefinitionIsInvalidInputWithAHint() {
    ShowCommandTest.Run r = ShowCommandTest.run("evaluate", "-d", "mof-mott", OLMO);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: unknown definition 'mof-mott'; did you mean 'mof-mot'?");
  }

  @Test
  void loadsCustomDefinitionsButRefusesABuiltInId(@TempDir Path dir) throws IOException {
    Path policy = dir.resolve("ours.shade");
    Files.writeString(policy, "shades 1\ndefinition ours \"Ours\" {\n  require model-parameters is open\n}\n");
    ShowCommandTest.Run ours = ShowCommandTest.run("evaluate", "--policy", policy.toString(), OLMO);
    assertThat(ours.exit()).isEqualTo(0);
    assertThat(ours.out()).contains("ours                     passed");
    Path clash = dir.resolve("clash.shade");
    Files.writeString(clash, "shades 1\ndefinition mof-mot \"Mine\" {\n  require model-parameters is open\n}\n");
    ShowCommandTest.Run r = ShowCommandTest.run("evaluate", "--policy", clash.toString(), OLMO);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("clash.shade:2:12: definition 'mof-mot' has the id of a built-in definition; "
        + "extend it under a new id instead [duplicate-name]");
  }

  @Test
  void readsDirectoriesAndOtherFormats() {
    ShowCommandTest.Run r = ShowCommandTest.run("evaluate", "-d", "mof-mot", "../examples/releases");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out().split("\n\n")).hasSizeGreaterThanOrEqualTo(26);
  }

  @org.junit.jupiter.api.Test
  void goldenTextJsonAndMarkdown() throws IOException {
    Path dir = Path.of("src/test/resources/evaluate");
    String[] files = {OLMO, "../examples/releases/llama-2-7b.yaml", "../examples/releases/mistral-7b.yaml"};
    for (String format : new String[] {"text", "json", "markdown"}) {
      String[] args = new String[5 + files.length];
      args[0] = "evaluate";
      args[1] = "--format";
      args[2] = format;
      args[3] = "-d";
      args[4] = "osaid-1.0,mof-mot,eu-osai-index-derived,eu-ai-act-exemption";
      System.arraycopy(files, 0, args, 5, files.length);
      ShowCommandTest.Run r = ShowCommandTest.run(args);
      assertThat(r.exit()).as(format).isZero();
      String out = r.out().replaceAll("evaluated at [0-9T:.\\-]+Z", "evaluated at (date)")
          .replaceAll("Evaluated at: [0-9T:.\\-]+Z", "Evaluated at: (date)");
      ExplainDiffWhyCommandTest.assertGolden(out, dir.resolve("evaluate." + (format.equals("markdown") ? "md"
          : format.equals("text") ? "txt" : "json")));
    }
  }
}
