package dev.shades.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.explain.Explainer;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.dsl.Builtins;
import dev.shades.formats.report.Cell;
import dev.shades.formats.report.DefinitionInfo;
import dev.shades.formats.report.HtmlReport;
import dev.shades.formats.report.Report;
import dev.shades.formats.report.Row;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The HTML report of every bundled release × every built-in definition, as headless Chromium renders it: the whole
 * matrix, a real click that opens a cell's detail, the definition filter, sorting and the producer filter. Leaves
 * the page and a screenshot in {@code target/report/} ({@code shades-report.html}, {@code shades-report.png}).
 * Skipped with a reason when no Chromium is installed, except under {@code CI}, where that is a failure.
 */
class HtmlReportBrowserTest {
  private static final Path OUT = Path.of("target/report");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WIDTH = 1600;
  private static final int HEIGHT = 1000;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void rendersTheMatrixAndOpensACellsDetail() throws Exception {
    Optional<Path> binary = Chromium.find();
    if (binary.isEmpty()) {
      String reason = "no Chromium on the PATH (chromium or chromium-browser; Debian package 'chromium', which "
          + "./run-tests installs)";
      if (System.getenv("CI") != null) {
        Assertions.fail("CI is set but there is " + reason);
      }
      System.out.println("HtmlReportBrowserTest skipped: " + reason);
      Assumptions.abort(reason);
    }
    long start = System.nanoTime();
    Report report = report();
    Files.createDirectories(OUT);
    Path html = OUT.resolve("shades-report.html").toAbsolutePath();
    try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      HtmlReport.write(report, w);
    }
    int rows = report.rows().size();
    int columns = report.definitions().size();
    assertThat(rows).isEqualTo(26);
    assertThat(columns).isEqualTo(11);

    try (Chromium browser = Chromium.launch(binary.get(), WIDTH, HEIGHT)) {
      Chromium.Page page = browser.newPage();
      page.send("Emulation.setDeviceMetricsOverride", Chromium.params().put("width", WIDTH).put("height", HEIGHT)
          .put("deviceScaleFactor", 1).put("mobile", false));
      page.load(html.toUri().toString(), Duration.ofSeconds(60));

      // The whole matrix is rendered, and the page's script ran (it fills in the status line).
      assertThat(page.eval("document.querySelectorAll('table#matrix td.cell').length").asInt())
          .isEqualTo(rows * columns);
      assertThat(page.eval(visible("table#matrix td.cell")).asInt()).isEqualTo(rows * columns);
      assertThat(page.eval("document.getElementById('status').textContent").asText())
          .isEqualTo("Showing 26 of 26 releases.");

      // The definition filter hides a column, and brings it back.
      assertThat(page.eval(visible("#matrix thead th.def")).asInt()).isEqualTo(columns);
      String hidden = report.definitions().get(1).id();
      page.eval(checkbox(hidden) + ".click()");
      assertThat(page.eval(visible("#matrix thead th.def")).asInt()).isEqualTo(columns - 1);
      assertThat(page.eval(visible("table#matrix td.cell")).asInt()).isEqualTo(rows * (columns - 1));
      page.eval(checkbox(hidden) + ".click()");
      assertThat(page.eval(visible("#matrix thead th.def")).asInt()).isEqualTo(columns);

      // The producer filter shows one producer's releases.
      String producer = "Allen Institute for AI (Ai2)";
      long producerRows = report.rows().stream().filter(r -> r.producer().equals(Optional.of(producer))).count();
      assertThat(producerRows).isPositive();
      page.eval("(() => { const s = document.getElementById('producer-filter'); s.value = " + quote(producer)
          + "; s.dispatchEvent(new Event('change')); })()");
      assertThat(page.eval(visible("#matrix tbody tr")).asInt()).isEqualTo((int) producerRows);
      page.eval("(() => { const s = document.getElementById('producer-filter'); s.selectedIndex = 0; "
          + "s.dispatchEvent(new Event('change')); })()");
      assertThat(page.eval(visible("#matrix tbody tr")).asInt()).isEqualTo(rows);

      // Sorting by a definition puts the most open first; the undetermined, if any, last.
      page.eval("document.querySelector('#matrix thead th[data-column=\"eu-osai-index-derived\"] button').click()");
      JsonNode ranks = page.eval("Array.from(document.querySelectorAll("
          + "'#matrix tbody td.cell[data-definition=\"eu-osai-index-derived\"]'), c => Number(c.dataset.rank))");
      for (int i = 1; i < ranks.size(); i++) {
        assertThat(ranks.get(i).asDouble()).isLessThanOrEqualTo(ranks.get(i - 1).asDouble());
      }

      // A real click on a cell opens its detail: the release, the definition and every requirement.
      Row row = report.rows().stream().filter(r -> r.release().equals("OLMo 7B")).findFirst().orElseThrow();
      int j = index(report, "mof-strict");
      Evaluation evaluation = row.cells().get(j).evaluation();
      JsonNode point = page.eval("(() => { const c = document.querySelector('td.cell[data-release=' + "
          + quote(quote(row.release())) + " + '][data-definition=\"mof-strict\"]'); "
          + "c.scrollIntoView({block: 'center', inline: 'center'}); const r = c.getBoundingClientRect(); "
          + "return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
      assertThat(page.eval("document.getElementById('detail').hidden").asBoolean()).isTrue();
      page.click(point.get("x").asDouble(), point.get("y").asDouble());
      assertThat(page.eval("document.getElementById('detail').hidden").asBoolean()).isFalse();
      String detail = page.eval("document.getElementById('detail').innerText").asText();
      assertThat(detail).contains(row.release()).contains("mof-strict").contains(evaluation.sourceHash())
          .contains("Path to the next verdict");
      // the explainer's own sentences: the smallest sets of changes to the next tier
      assertThat(row.cells().get(j).nextSteps()).isNotEmpty();
      for (String step : row.cells().get(j).nextSteps()) {
        assertThat(detail.replaceAll("\\s+", " ")).contains(step.replaceAll("\\s+", " "));
      }
      List<String> shown = new ArrayList<>();
      page.eval("Array.from(document.querySelectorAll('#detail [data-requirement]'), "
          + "e => e.getAttribute('data-requirement'))").forEach(n -> shown.add(n.asText()));
      assertThat(shown).isNotEmpty()
          .containsExactlyElementsOf(evaluation.requirements().stream().map(RequirementResult::id).toList());
      for (RequirementResult r : evaluation.requirements()) {
        assertThat(detail).contains(r.id());
      }

      Files.write(OUT.resolve("shades-report.png"), page.screenshot());
    }
    System.out.printf("HtmlReportBrowserTest: %d x %d report checked in Chromium in %d ms; see %s%n", rows,
        columns, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), OUT.toAbsolutePath());
    assertThat(OUT.resolve("shades-report.png")).isNotEmptyFile();
  }

  /** A script counting the elements a selector matches that are rendered (not hidden by a filter). */
  private static String visible(String selector) throws Exception {
    return "Array.from(document.querySelectorAll(" + quote(selector) + ")).filter(e => e.getClientRects().length "
        + "> 0).length";
  }

  private static String checkbox(String definition) throws Exception {
    return "Array.from(document.querySelectorAll('#definition-filter input')).find(b => "
        + "b.getAttribute('data-definition') === " + quote(definition) + ")";
  }

  /** A JavaScript string literal (JSON's is one). */
  private static String quote(String s) throws Exception {
    return JSON.writeValueAsString(s);
  }

  private static int index(Report report, String id) {
    return report.columns().indexOf(id) - 3;
  }

  /** Every bundled release × every built-in definition. */
  private static Report report() throws Exception {
    List<Definition> definitions = Builtins.definitions();
    Evaluator evaluator = Evaluator.create();
    Explainer explainer = Explainer.with(evaluator);
    List<Row> rows = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("releases"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      Release release = Descriptions.read(file).release().orElseThrow();
      List<Cell> cells = new ArrayList<>();
      for (Definition d : definitions) {
        Evaluation e = evaluator.evaluate(d, release);
        cells.add(new Cell(e, explainer.explain(d, release).sentences()));
      }
      rows.add(new Row(release.name(), file.toString(), release.producer(), cells));
    }
    return new Report(definitions.stream().map(DefinitionInfo::of).toList(), rows);
  }


}
