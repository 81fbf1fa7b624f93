package dev.shades.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.definition.Definition;
import dev.shades.core.model.Availability;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.Evidence;
import dev.shades.core.model.Release;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** A description written to break out of every output language does not. */
class ReportEscapingTest {
  static final String NAME = "<script>alert(1)</script> | *x*";
  static final String NOTE = "closes </script><script>alert(2)</script> [link](javascript:alert(5))";

  private static Report report;

  /** A release whose name, producer, evidence and path to the next verdict all try to inject markup. */
  static Report hostileReport() {
    List<Definition> definitions = ReportFixtures.definitions();
    Release release = Release.builder(NAME)
        .producer("Evil | <b>Corp</b> \\ `tick` _u_ [a]")
        .component(Component.builder(ComponentCatalog.MODEL_PARAMETERS).availability(Availability.OPEN)
            .evidence(List.of(
                new Evidence("javascript:alert(1)", Optional.of(LocalDate.of(2025, 1, 2)), Optional.of(NOTE)),
                new Evidence("data:text/html,<script>alert(3)</script>", Optional.empty(), Optional.empty()),
                new Evidence("https://example.com/a\"onmouseover=\"alert(4)", Optional.empty(), Optional.empty()),
                Evidence.of("/relative/path")))
            .build())
        .build();
    Row row = ReportFixtures.row(definitions, release, "evil\u001b[31m.yaml");
    List<Cell> cells = new ArrayList<>(row.cells());
    cells.set(0, new Cell(cells.get(0).evaluation(), List.of("<img src=x onerror=alert(6)> & more")));
    Row hostile = new Row(row.release(), row.source(), row.producer(), cells);
    Row plain = ReportFixtures.report(definitions, List.of("olmo-7b.yaml")).rows().get(0);
    return new Report(definitions.stream().map(DefinitionInfo::of).toList(), List.of(plain, hostile));
  }

  @BeforeAll
  static void build() {
    report = hostileReport();
  }

  @Test
  void htmlEscapesEverythingAndLinksOnlyHttp() {
    StringWriter s = new StringWriter();
    HtmlReport.write(report, s);
    String html = s.toString();
    assertThat(html).doesNotContain("<script>alert").doesNotContain("</script><script>")
        .doesNotContain("<img").doesNotContain("<b>Corp")
        .doesNotContainIgnoringCase("href=\"javascript:").doesNotContainIgnoringCase("href=\"data:")
        .doesNotContain("href=\"/relative").doesNotContain("\"onmouseover")
        .doesNotContain("\u001b");
    // The page's own script is the only one.
    assertThat(html.split("<script", -1)).hasSize(2);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; | *x*")
        .contains("title=\"javascript:alert(1)\"")
        .contains("closes &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
        .contains("href=\"https://example.com/a&quot;onmouseover=&quot;alert(4)\" rel=\"noopener noreferrer\"")
        .contains("&lt;img src=x onerror=alert(6)&gt; &amp; more")
        .contains("(checked 2025-01-02)");
  }

  @Test
  void markdownKeepsTheTableShape() {
    StringWriter s = new StringWriter();
    MarkdownReport.write(report, s);
    String md = s.toString();
    List<String> rows = md.lines().filter(l -> l.startsWith("| ")).toList();
    assertThat(rows).hasSize(4); // head, rule, two releases
    int columns = 2 + report.definitions().size();
    Pattern unescapedPipe = Pattern.compile("(?<!\\\\)\\|");
    for (String row : rows) {
      // Cells are what lies between unescaped pipes, the outer ones excluded.
      String[] parts = unescapedPipe.split(row.strip(), -1);
      assertThat(Arrays.copyOfRange(parts, 1, parts.length - 1)).as(row).hasSize(columns);
    }
    String hostile = rows.get(3);
    assertThat(hostile).startsWith("| \\<script\\>alert(1)\\</script\\> \\| \\*x\\* | Evil \\| \\<b\\>Corp\\</b\\> "
        + "\\\\ \\`tick\\` \\_u\\_ \\[a\\] |");
    assertThat(md).doesNotContain("<script>").doesNotContain("<b>");
  }

  @Test
  void svgIsXmlWithTheNameAsText() throws Exception {
    Row hostile = report.rows().get(1);
    for (int j = 0; j < report.definitions().size(); j++) {
      String svg = SvgBadge.of(report.definitions().get(j), hostile.cells().get(j).evaluation());
      Document doc = parse(svg);
      assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
      assertThat(doc.getElementsByTagName("script").getLength()).isZero();
      String title = doc.getElementsByTagName("title").item(0).getTextContent();
      assertThat(title).contains(NAME).contains(report.definitions().get(j).id())
          .contains("version " + report.definitions().get(j).version())
          .contains("automated reading").contains("not legal advice");
    }
  }

  @Test
  void textNeutralisesTerminalEscapes() {
    Release release = Release.builder("evil\u001b[2J\u001b]0;owned\u0007 name").build();
    List<Definition> definitions = ReportFixtures.definitions();
    Report r = new Report(definitions.stream().map(DefinitionInfo::of).toList(),
        List.of(ReportFixtures.row(definitions, release, "x.yaml")));
    StringWriter plain = new StringWriter();
    TextReport.write(r, new PrintWriter(plain), false);
    assertThat(plain.toString()).doesNotContain("\u001b").doesNotContain("\u0007")
        .contains("evil\uFFFD[2J\uFFFD]0;owned\uFFFD name");
    StringWriter coloured = new StringWriter();
    TextReport.write(r, new PrintWriter(coloured), true);
    assertThat(coloured.toString()).doesNotContain("\u001b[2J").contains("\u001b[32m").contains("\u001b[0m");
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
