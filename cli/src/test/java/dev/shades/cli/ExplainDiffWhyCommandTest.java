package dev.shades.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain}, {@code diff} and {@code why}: golden output in text and JSON, exit codes, bad input. Rewrite the
 * golden files with {@code -Dshades.updateGoldens=true} and review the difference before committing it.
 */
class ExplainDiffWhyCommandTest {
  private static final Path DIR = Path.of("src/test/resources/explain");
  private static final String RELEASES = "../examples/releases/";

  /** Compares with a golden file, after replacing what changes from run to run (dates, durations). */
  static void assertGolden(String actual, Path file) throws IOException {
    String normal = actual.replaceAll("\"evaluatedAt\" : \"[^\"]+\"", "\"evaluatedAt\" : \"(date)\"")
        .replaceAll("\"evaluatedAt\":\"[^\"]+\"", "\"evaluatedAt\":\"(date)\"")
        .replaceAll("evaluations? in [0-9.]+ s", "evaluations in (time)");
    if (Boolean.getBoolean("shades.updateGoldens")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, normal, StandardCharsets.UTF_8);
    }
    assertThat(normal).as("golden file %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void explainShowsTheSmallestSetsOfChangesToTheNextVerdict() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("explain", "-d", "lf-open-source-ai,mof-mot,osaid-1.0,"
        + "eu-osai-index-derived", RELEASES + "falcon-180b.yaml", RELEASES + "olmo-7b.yaml");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertGolden(r.out(), DIR.resolve("explain.txt"));
  }

  @Test
  void explainInJson() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("explain", "--format", "json", "-d", "lf-open-source-ai",
        RELEASES + "falcon-180b.yaml");
    assertThat(r.exit()).isZero();
    assertGolden(r.out(), DIR.resolve("explain.json"));
  }

  @Test
  void diffShowsTheRequirementsAndFactsThatDiffer() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("diff", "-d", "osaid-1.0,ocv-spectrum", RELEASES + "falcon-40b.yaml",
        RELEASES + "falcon-180b.yaml");
    assertThat(r.exit()).isZero();
    assertGolden(r.out(), DIR.resolve("diff.txt"));
  }

  @Test
  void diffInJson() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("diff", "--format", "json", "-d", "lf-open-source-ai",
        RELEASES + "falcon-40b.yaml", RELEASES + "falcon-180b.yaml");
    assertThat(r.exit()).isZero();
    assertGolden(r.out(), DIR.resolve("diff.json"));
  }

  @Test
  void whyShowsTheFactsThatSplitTwoDefinitions() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("why", "--definitions", "mof-mot,mof-strict",
        RELEASES + "olmo-7b.yaml", RELEASES + "pythia-6.9b.yaml");
    assertThat(r.exit()).isZero();
    assertGolden(r.out(), DIR.resolve("why.txt"));
  }

  @Test
  void whyInJson() throws IOException {
    ShowCommandTest.Run r = ShowCommandTest.run("why", "--format", "json", "--definitions", "osaid-1.0,lf-open-source-ai",
        RELEASES + "mistral-7b.yaml");
    assertThat(r.exit()).isZero();
    assertGolden(r.out(), DIR.resolve("why.json"));
  }

  @Test
  void whyNeedsExactlyTwoDefinitions() {
    ShowCommandTest.Run r = ShowCommandTest.run("why", "-d", "mof-mot", RELEASES + "olmo-7b.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: why compares exactly two definitions: --definitions ID1,ID2 (got 1)")
        .doesNotContain("\tat ");
  }

  @Test
  void badInputIsReportedWithItsLocationAndExit2(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "shades: 1\nname: Bad\ncomponents:\n  weights: {availability: open}\n");
    for (String[] args : new String[][] {
        {"explain", "-d", "mof-mot", bad.toString()},
        {"diff", "-d", "mof-mot", bad.toString(), RELEASES + "olmo-7b.yaml"},
        {"why", "-d", "mof-mot,mof-strict", bad.toString()}}) {
      ShowCommandTest.Run r = ShowCommandTest.run(args);
      assertThat(r.exit()).as(args[0]).isEqualTo(2);
      assertThat(r.err()).as(args[0]).contains(bad + ":4:3: unknown component kind 'weights'")
          .contains("[unknown-component]").doesNotContain("\tat ").doesNotContain("Exception");
    }
    ShowCommandTest.Run missing = ShowCommandTest.run("diff", "-d", "mof-mot", dir.resolve("nope.yaml").toString(),
        RELEASES + "olmo-7b.yaml");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml").contains("[file-unreadable]");
    ShowCommandTest.Run format = ShowCommandTest.run("explain", "--format", "yaml", RELEASES + "olmo-7b.yaml");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).startsWith("error: --format must be text or json, not 'yaml'");
    ShowCommandTest.Run unknown = ShowCommandTest.run("explain", "-d", "osaid", RELEASES + "olmo-7b.yaml");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: unknown definition 'osaid'; did you mean 'osaid-1.0'?");
  }
}
