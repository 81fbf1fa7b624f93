package dev.shades.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.definition.Definition;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The writers' output on a few bundled releases, compared with golden files under
 * {@code src/test/resources/report/golden/}. After an intended change of output, rewrite the goldens with
 * {@code mvn -pl formats -am verify -Dshades.updateGoldens=true} (the test then passes and says which files it
 * wrote) and review the difference before committing.
 */
class ReportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/report/golden");
  private static final boolean UPDATE = Boolean.getBoolean("shades.updateGoldens");
  private static final List<String> RELEASES = List.of("olmo-7b.yaml", "mistral-7b.yaml", "falcon-40b.yaml",
      "llama-3.1-8b.yaml", "gpt-4o.yaml");

  private static Report report;

  @BeforeAll
  static void build() {
    List<Definition> definitions = ReportFixtures.definitions();
    report = ReportFixtures.report(definitions, RELEASES);
  }

  @Test
  void text() throws IOException {
    StringWriter s = new StringWriter();
    TextReport.write(report, new PrintWriter(s), false);
    compare("report.txt", s.toString());
  }

  @Test
  void textSortedByTheSum() throws IOException {
    StringWriter s = new StringWriter();
    TextReport.write(report.sortedBy("gold-sum", false), new PrintWriter(s), false);
    compare("report-sorted.txt", s.toString());
  }

  @Test
  void markdown() throws IOException {
    StringWriter s = new StringWriter();
    MarkdownReport.write(report, s);
    compare("report.md", s.toString());
  }

  @Test
  void badges() throws IOException {
    // One badge of each kind, on the release whose verdicts differ most between the kinds.
    Row row = report.rows().get(1);
    for (int j = 0; j < report.definitions().size(); j++) {
      DefinitionInfo d = report.definitions().get(j);
      compare("badge-" + d.id() + ".svg", SvgBadge.of(d, row.cells().get(j).evaluation()));
    }
  }

  private static void compare(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      System.out.println("ReportGoldenTest: wrote " + file);
      return;
    }
    assertThat(file).as("golden file %s (write it with -Dshades.updateGoldens=true)", file).exists();
    assertThat(actual).as("output against %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
