package dev.shades.cli;

import static dev.shades.cli.ExplainDiffWhyCommandTest.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare}, and {@code evaluate}'s report formats: golden text, Markdown and JSON over the bundled releases,
 * sorting, badges, the HTML file, exit codes. Golden files: {@code -Dshades.updateGoldens=true} rewrites them.
 */
class CompareCommandTest {
  private static final Path DIR = Path.of("src/test/resources/compare");
  private static final String RELEASES = "../examples/releases";
  private static final String SOME = "osaid-1.0,mof-mot,eu-osai-index-derived,ocv-spectrum";

  /** Replaces what differs between runs and machines: dates, durations, the version of a development build. */
  private static String stable(String text) {
    return text.replaceAll("evaluated at [0-9T:.\\-]+Z", "evaluated at (date)")
        .replaceAll("Evaluated at: [0-9T:.\\-]+Z", "Evaluated at: (date)");
  }

  @Test
  void theMatrixAsText() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("compare", RELEASES);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("\u001b[");
    assertGolden(stable(r.out()), DIR.resolve("all.txt"));
    assertThat(r.err()).matches("26 releases × 11 definitions: 286 evaluations in [0-9.]+ s; 0 invalid "
        + "descriptions\\s*");
  }

  @Test
  void theMatrixAsMarkdownSortedByAColumn() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("compare", "--format", "markdown", "-d", SOME, "--sort",
        "eu-osai-index-derived", "--desc", RELEASES);
    assertThat(r.exit()).isZero();
    assertGolden(stable(r.out()), DIR.resolve("sorted.md"));
    List<String> rows = r.out().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Release")
        && !l.startsWith("| ---")).toList();
    assertThat(rows).hasSize(26);
    assertThat(rows.get(0)).startsWith("| OLMo 2 7B |");
    assertThat(rows).allSatisfy(l -> assertThat(l.split("(?<!\\\\)\\|", -1)).hasSize(8));
  }

  @Test
  void theMatrixAsJsonAndJsonLines() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("compare", "--format", "json", "-d", SOME, RELEASES);
    assertThat(r.exit()).isZero();
    JsonNode matrix = new ObjectMapper().readTree(r.out());
    assertThat(matrix.get("definitions")).hasSize(4);
    assertThat(matrix.get("rows")).hasSize(26);
    assertThat(matrix.at("/rows/0/verdicts/osaid-1.0/passed").asBoolean()).isTrue();
    assertThat(matrix.at("/definitions/1/levels/0").asText()).isEqualTo("Class III - Open Model");
    assertThat(matrix.get("disclaimer").asText()).contains("not legal advice");
    assertGolden(r.out(), DIR.resolve("matrix.json"));
    ShowCommandTest.Run lines = ShowCommandTest.run("compare", "--format", "jsonl", "-d", SOME, RELEASES);
    assertThat(lines.out().lines()).hasSize(26).allSatisfy(l -> assertThat(new ObjectMapper().readTree(l)
        .get("verdicts")).hasSize(4));
  }

  @Test
  void aSelfContainedHtmlReportAndBadges(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("out/report.html");
    ShowCommandTest.Run r = ShowCommandTest.run("compare", "--format", "html", "-o", html.toString(), "--badges",
        dir.resolve("badges").toString(), "-d", "mof-mot,osaid-1.0", RELEASES + "/olmo-7b.yaml",
        RELEASES + "/llama-2-7b.yaml");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("OLMo 7B").contains("Llama 2 7B")
        .contains("not legal advice").doesNotContain("<script src").doesNotContain("<link ");
    // the path to the next verdict is worked out for each cell
    assertThat(page).contains("release training-code openly under Apache-2.0 or MIT");
    try (Stream<Path> s = Files.walk(dir.resolve("badges"))) {
      List<Path> svgs = s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
      assertThat(svgs).extracting(p -> dir.resolve("badges").relativize(p).toString().replace('\\', '/'))
          .containsExactly("llama-2-7b/mof-mot.svg", "llama-2-7b/osaid-1.0.svg", "olmo-7b/mof-mot.svg",
              "olmo-7b/osaid-1.0.svg");
      for (Path svg : svgs) {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
      }
    }
    assertThat(Files.readString(dir.resolve("badges/olmo-7b/mof-mot.svg"))).contains("Class III");
  }

  @Test
  void evaluateWritesTheSameReports() {
    ShowCommandTest.Run compare = ShowCommandTest.run("compare", "--format", "markdown", "-d", SOME, RELEASES);
    ShowCommandTest.Run evaluate = ShowCommandTest.run("evaluate", "--format", "markdown", "-d", SOME, RELEASES);
    assertThat(evaluate.exit()).isZero();
    assertThat(stable(evaluate.out())).isEqualTo(stable(compare.out()));
  }

  @Test
  void failOnWorksOnTheMatrixToo() {
    ShowCommandTest.Run r = ShowCommandTest.run("compare", "-d", "osaid-1.0", "--fail-on", "osaid-1.0",
        RELEASES + "/olmo-7b.yaml", RELEASES + "/gpt-4o.yaml");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("GPT-4o: --fail-on osaid-1.0: failed");
  }

  @Test
  void badInputExitsTwoWithAPreciseMessage(@TempDir Path dir) throws IOException {
    ShowCommandTest.Run sort = ShowCommandTest.run("compare", "--sort", "mof-mt", RELEASES);
    assertThat(sort.exit()).isEqualTo(2);
    assertThat(sort.err()).startsWith("error: --sort mof-mt: no such column; did you mean 'mof-mot'?");
    ShowCommandTest.Run format = ShowCommandTest.run("compare", "--format", "pdf", RELEASES);
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).startsWith("error: --format must be text, markdown, html, json or jsonl, not 'pdf'");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"shades\": 1, \"name\": ");
    ShowCommandTest.Run broken = ShowCommandTest.run("compare", "-d", "osaid-1.0", bad.toString(),
        RELEASES + "/olmo-7b.yaml");
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).contains(bad.toString() + ":1:").doesNotContain("\tat ");
    assertThat(broken.out()).contains("OLMo 7B");
  }

  @Test
  void outputThatCannotBeWrittenIsExit2WithAMessage(@TempDir Path dir) throws IOException {
    ShowCommandTest.Run toDirectory = ShowCommandTest.run("compare", "-d", "mof-mot", "-o", dir.toString(),
        RELEASES + "/olmo-7b.yaml");
    assertThat(toDirectory.exit()).isEqualTo(2);
    assertThat(toDirectory.err()).startsWith("error: " + dir + ": is a directory; -o names the report file to "
        + "write [output-failed]");
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    ShowCommandTest.Run badges = ShowCommandTest.run("compare", "-d", "mof-mot", "--badges", file.toString(),
        RELEASES + "/olmo-7b.yaml");
    assertThat(badges.exit()).isEqualTo(2);
    assertThat(badges.err()).contains("exists and is not a directory [output-failed]").doesNotContain("internal");
    // A stream that fails, as a full disk or a closed pipe does.
    java.io.StringWriter err = new java.io.StringWriter();
    java.io.PrintWriter failing = new java.io.PrintWriter(new java.io.Writer() {
      @Override
      public void write(char[] c, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    for (String command : List.of("compare", "evaluate", "explain")) {
      int exit = Main.run(new String[] {command, "-d", "mof-mot", RELEASES}, failing,
          new java.io.PrintWriter(err, true));
      assertThat(exit).as(command).isEqualTo(2);
    }
    assertThat(err.toString()).contains("the output could not be written").doesNotContain("\tat ");
  }

  @Test
  void aDirectoryWithNoDescriptionsIsInvalidInputNotASilentPass(@TempDir Path dir) {
    ShowCommandTest.Run r = ShowCommandTest.run("compare", "--fail-on", "osaid-1.0", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + dir + ": no description files (*.yaml, *.yml, *.json) in this "
        + "directory [no-descriptions]");
  }

  @Test
  void aLongReleaseNameIsCutInTheTextMatrix(@TempDir Path dir) throws IOException {
    String name = "A".repeat(300);
    Path file = Files.writeString(dir.resolve("long.yaml"), "shades: 1\nname: " + name + "\n");
    ShowCommandTest.Run r = ShowCommandTest.run("compare", "-d", "osaid-1.0", file.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("AAA")).findFirst().orElseThrow())
        .startsWith("A".repeat(47) + "…").hasSizeLessThan(80);
  }
}
