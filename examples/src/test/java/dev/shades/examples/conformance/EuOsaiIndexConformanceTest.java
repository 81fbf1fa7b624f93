package dev.shades.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.Interval;
import dev.shades.core.definition.Verdict;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.model.Modality;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import dev.shades.core.testing.SharedData;
import dev.shades.dsl.Builtins;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in definitions of the European Open Source AI Index reproduce the index's own scores on its own data:
 * {@code eu-osai-index} on the 15 current model files, {@code eu-osai-index-14} on the 10 files of the 14-parameter
 * version, and {@code opening-up-chatgpt} on the 8 "Opening up ChatGPT" project files — every parameter's grade, the
 * group scores and the score to the precision {@code expected-scores.tsv} gives them, and the files' relative rank
 * order.
 *
 * <p>Ranking is outside one evaluation, so it is done here with each site's rule: the index orders by score
 * descending, ties by file name descending comparing UTF-16 code units ({@code bloomz.yaml} above
 * {@code OLMo.yaml}); "Opening up ChatGPT" ordered by points descending, ties by project name ascending (pandas'
 * {@code sort_values(by=["openness", "project.name"], ascending=[False, True])} in its
 * {@code scripts/consolidate_csv.py}; its expected ranks follow that rule, not the index's).
 */
class EuOsaiIndexConformanceTest {
  private static final List<String> GROUPS = List.of("Availability", "Documentation", "Access");
  private static final List<String> CURRENT = List.of("datasources_basemodel", "datasources_endmodel",
      "weights_basemodel", "weights_endmodel", "trainingcode", "code", "hardware_architecture", "preprint", "paper",
      "modelcard", "datasheet", "licenses");
  private static final List<String> V14 = List.of("datasources_basemodel", "datasources_endmodel",
      "weights_basemodel", "weights_endmodel", "trainingcode", "code", "hardware_architecture", "preprint", "paper",
      "modelcard", "datasheet", "package", "api", "licenses");
  private static final List<String> LEGACY = List.of("opencode", "llmdata", "llmweights", "rldata", "rlweights",
      "license", "code", "architecture", "preprint", "paper", "modelcard", "datasheet", "package", "api");

  /** One row of an expected-scores file, by column name. */
  record Row(Map<String, String> cols) {
    String get(String column) {
      assertThat(cols).containsKey(column);
      return cols.get(column);
    }

    double number(String column) {
      return Double.parseDouble(get(column));
    }
  }

  static List<Row> rows(Path tsv, int count) throws IOException {
    List<String> lines = Files.readAllLines(tsv);
    String[] header = lines.get(0).split("\t", -1);
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertThat(cells).as(line).hasSize(header.length);
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        m.put(header[i], cells[i]);
      }
      rows.add(new Row(m));
    }
    assertThat(rows).hasSize(count);
    return rows;
  }

  static Release read(Path file, String format) {
    ReadResult r = Descriptions.read(file);
    assertThat(r.format()).contains(format);
    // The readers report nothing at all on the index's own files: every parameter is there, with a known grade.
    assertThat(r.diagnostics()).as(Diagnostics.render(r.diagnostics())).isEmpty();
    return r.release().orElseThrow();
  }

  static Verdict.Score score(String definition, Release release) {
    Definition d = Builtins.find(definition).orElseThrow();
    // The index's own files declare grades: no warning that they do not.
    assertThat(Evaluator.create().evaluate(d, release).warnings()).isEmpty();
    return (Verdict.Score) Evaluator.create().verdict(d, release);
  }

  static double exact(Interval i) {
    assertThat(i.isExact()).as("a single number under 'unknown as 0'").isTrue();
    return i.low();
  }

  /** The points of a grade as the index's table writes it. */
  static double points(String grade) {
    return switch (grade) {
      case "open" -> 1;
      case "partial" -> 0.5;
      default -> 0;
    };
  }

  static String fourPlaces(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  /** Checks one index file (current or 14-parameter version) against its row; returns its score. */
  static double checkIndexFile(Path dir, Row row, String definition, String format, List<String> parameters) {
    Release release = read(dir.resolve(row.get("file")), format);
    assertThat(release.name()).isEqualTo(row.get("name"));
    assertThat(release.producer()).contains(row.get("org"));
    assertThat(release.modality().map(Modality::id)).contains(row.get("type"));
    assertThat(release.released().map(d -> d.format(DateTimeFormatter.ofPattern("yyyy-MM"))))
        .contains(row.get("releasedate"));
    Verdict.Score v = score(definition, release);
    for (String p : parameters) {
      assertThat(exact(v.dimensions().get(p))).as(p).isEqualTo(points(row.get(p)));
    }
    double s = exact(v.score());
    assertThat(row.number("n_params")).isEqualTo(parameters.size());
    assertThat(s * parameters.size()).as("points").isCloseTo(row.number("points"), within(1e-9));
    assertThat(s).as("score").isCloseTo(row.number("score"), within(1e-12));
    assertThat(fourPlaces(s)).as("score to 4 places").isEqualTo(row.get("score_4dp"));
    // The site shows a percentage rounded half to even (12.5 -> 12).
    assertThat(new BigDecimal(s * 100).setScale(0, RoundingMode.HALF_EVEN).toString()).as("percentage")
        .isEqualTo(row.get("score_pct"));
    for (String g : GROUPS) {
      assertThat(fourPlaces(exact(v.groups().get(g)))).as("group " + g)
          .isEqualTo(row.get("cat_" + g.toLowerCase(Locale.ROOT)));
    }
    return s;
  }

  /** The files in the order of the expected ranks. */
  private static List<String> byRank(List<Row> rows, String rankColumn) {
    return rows.stream().sorted(Comparator.comparingInt(r -> Integer.parseInt(r.get(rankColumn))))
        .map(r -> r.get("file")).toList();
  }

  /** The files in the order the expected ranks give, and in the order the scores and the tie rule give. */
  static void checkRankOrder(List<Row> rows, String rankColumn, Map<String, Double> scores,
      Comparator<String> ties) {
    List<String> expected = byRank(rows, rankColumn);
    List<String> ranked = scores.keySet().stream()
        .sorted(Comparator.<String>comparingDouble(scores::get).reversed().thenComparing(ties))
        .toList();
    assertThat(ranked).isEqualTo(expected);
  }

  /**
   * What a user gets from {@code shades compare --sort ID --desc DIR}: the report's rows, sorted by the
   * definition's column, come out in the site's rank order (equal scores by file name, descending).
   */
  static void checkReportOrder(Path dir, List<Row> rows, String rankColumn, String definitionId) {
    Definition definition = Builtins.find(definitionId).orElseThrow();
    Evaluator evaluator = Evaluator.create();
    // In file-name order, as a folder is walked, so that the sort has work to do.
    List<dev.shades.formats.report.Row> reportRows = rows.stream().map(r -> r.get("file")).sorted().map(file -> {
      Path path = dir.resolve(file);
      Release release = Descriptions.read(path).release().orElseThrow();
      var cell = new dev.shades.formats.report.Cell(evaluator.verdictOnly(definition, release), List.of());
      return new dev.shades.formats.report.Row(release.name(), path.toString(), release.producer(), List.of(cell));
    }).toList();
    var report = new dev.shades.formats.report.Report(
        List.of(dev.shades.formats.report.DefinitionInfo.of(definition)), reportRows).sortedBy(definitionId, true);
    List<String> expected = byRank(rows, rankColumn);
    assertThat(report.rows()).extracting(r -> Path.of(r.source()).getFileName().toString())
        .containsExactlyElementsOf(expected);
  }

  // ---- current version --------------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> currentVersionScores() throws IOException {
    Path dir = SharedData.folder("osai-index/projects");
    return rows(dir.getParent().resolve("expected-scores.tsv"), 15).stream().map(row -> DynamicTest.dynamicTest(
        row.get("file"), () -> checkIndexFile(dir, row, "eu-osai-index", "osai-index", CURRENT)));
  }

  @Test
  void currentVersionRankOrder() throws IOException {
    Path dir = SharedData.folder("osai-index/projects");
    List<Row> rows = rows(dir.getParent().resolve("expected-scores.tsv"), 15);
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Row r : rows) {
      scores.put(r.get("file"), exact(score("eu-osai-index", read(dir.resolve(r.get("file")), "osai-index"))
          .score()));
    }
    // File name descending, by UTF-16 code units: String.compareTo.
    checkRankOrder(rows, "rank_all", scores, Comparator.<String>naturalOrder().reversed());
    checkReportOrder(dir, rows, "rank_all", "eu-osai-index");
  }

  @Test
  void theCurrentFilesAreNotReadAsTheFourteenParameterVersion() throws IOException {
    Path dir = SharedData.folder("osai-index/projects");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(f -> f.toString().endsWith(".yaml")))
          .hasSize(15)
          .allSatisfy(f -> assertThat(Descriptions.read(f).format()).contains("osai-index"));
    }
  }

  // ---- 14-parameter version ---------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> fourteenParameterVersionScores() throws IOException {
    Path dir = SharedData.folder("osai-index/v14/projects");
    return rows(dir.getParent().resolve("expected-scores.tsv"), 10).stream().map(row -> DynamicTest.dynamicTest(
        row.get("file"), () -> checkIndexFile(dir, row, "eu-osai-index-14", "osai-index-14", V14)));
  }

  @Test
  void fourteenParameterVersionRankOrder() throws IOException {
    Path dir = SharedData.folder("osai-index/v14/projects");
    List<Row> rows = rows(dir.getParent().resolve("expected-scores.tsv"), 10);
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Row r : rows) {
      scores.put(r.get("file"), exact(score("eu-osai-index-14", read(dir.resolve(r.get("file")), "osai-index-14"))
          .score()));
    }
    checkRankOrder(rows, "rank_all", scores, Comparator.<String>naturalOrder().reversed());
    checkReportOrder(dir, rows, "rank_all", "eu-osai-index-14");
  }

  // ---- Opening up ChatGPT -----------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> openingUpChatGptSums() throws IOException {
    Path dir = SharedData.folder("osai-index/legacy/projects");
    return rows(dir.getParent().resolve("expected-scores.tsv"), 8).stream().map(row -> DynamicTest.dynamicTest(
        row.get("file"), () -> {
          Release release = read(dir.resolve(row.get("file")), "opening-up-chatgpt");
          assertThat(release.name()).isEqualTo(row.get("name"));
          assertThat(release.producer()).contains(row.get("org"));
          Verdict.Score v = score("opening-up-chatgpt", release);
          for (String p : LEGACY) {
            // The policy names the project's 'license' dimension 'licenses' (a keyword of the language).
            String id = p.equals("license") ? "licenses" : p;
            assertThat(exact(v.dimensions().get(id))).as(p).isEqualTo(points(row.get(p)));
          }
          assertThat(exact(v.score())).as("sum of points")
              .isCloseTo(row.number("openness_points_of_14"), within(1e-9));
          assertThat(new BigDecimal(exact(v.score())).stripTrailingZeros().toPlainString())
              .isEqualTo(new BigDecimal(row.get("openness_points_of_14")).stripTrailingZeros().toPlainString());
        }));
  }

  @Test
  void openingUpChatGptRankOrder() throws IOException {
    Path dir = SharedData.folder("osai-index/legacy/projects");
    List<Row> rows = rows(dir.getParent().resolve("expected-scores.tsv"), 8);
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Row r : rows) {
      Release release = read(dir.resolve(r.get("file")), "opening-up-chatgpt");
      names.put(r.get("file"), release.name());
      scores.put(r.get("file"), exact(score("opening-up-chatgpt", release).score()));
    }
    // The project's own tie rule: project name ascending (Python compares code points; these names are ASCII).
    checkRankOrder(rows, "rank", scores, Comparator.comparing(names::get));
  }
}
