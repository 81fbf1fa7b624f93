package dev.shades.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Verdict;
import dev.shades.core.logic.Outcome;
import dev.shades.formats.json.EvaluationJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report model: validation, columns, sorting by every kind of column, and what it says about definitions. */
class ReportTest {
  private static final List<DefinitionInfo> DEFS = List.of(VerdictsTest.BINARY, VerdictsTest.TIERS,
      VerdictsTest.SUM, VerdictsTest.CATEGORIES);

  private static Cell cell(DefinitionInfo d, String release, Verdict v) {
    return new Cell(new Evaluation(d.id(), d.version(), d.sourceHash(), release, v, List.of(), List.of(),
        ReportFixtures.AUDIT), List.of());
  }

  private static Row row(String release, Optional<String> producer, Verdict... verdicts) {
    List<Cell> cells = new ArrayList<>();
    for (int j = 0; j < verdicts.length; j++) {
      cells.add(cell(DEFS.get(j), release, verdicts[j]));
    }
    return new Row(release, "releases/" + release + ".yaml", producer, cells);
  }

  private static Verdict category(String name) {
    return name.isEmpty() ? new Verdict.Category(Optional.empty(), List.of("closed"))
        : new Verdict.Category(Optional.of(name), List.of());
  }

  /** Five releases whose verdicts order differently by each column. */
  private static final Report REPORT = new Report(DEFS, List.of(
      row("delta", Optional.of("Zed"), new Verdict.Binary(Outcome.UNKNOWN),
          VerdictsTest.tiers(Optional.of("Open"), List.of()), VerdictsTest.score(7, 7), category("")),
      row("Alpha", Optional.empty(), new Verdict.Binary(Outcome.SATISFIED),
          VerdictsTest.tiers(Optional.empty(), List.of("Usable")), VerdictsTest.score(14, 14),
          category("open source")),
      row("charlie", Optional.of("acme"), new Verdict.Binary(Outcome.VIOLATED),
          VerdictsTest.tiers(Optional.of("Reproducible"), List.of()), VerdictsTest.score(0, 3),
          category("closed")),
      row("bravo", Optional.of("Acme"), new Verdict.Binary(Outcome.SATISFIED),
          VerdictsTest.tiers(Optional.of("Usable"), List.of()), VerdictsTest.score(9.5, 9.5), category("")),
      row("echo", Optional.empty(), new Verdict.Binary(Outcome.VIOLATED),
          VerdictsTest.tiers(Optional.of("Open"), List.of("Reproducible")), VerdictsTest.score(7, 8),
          category("open weights"))));

  private static List<String> order(Report r) {
    return r.rows().stream().map(Row::release).toList();
  }

  @Test
  void columnsAreTheFixedOnesThenTheDefinitions() {
    assertThat(REPORT.columns()).containsExactly("release", "producer", "source", "d-binary", "d-tiers", "d-score",
        "d-category");
  }

  @Test
  void sortsByTextIgnoringCase() {
    assertThat(order(REPORT.sortedBy("release", false))).containsExactly("Alpha", "bravo", "charlie", "delta",
        "echo");
    assertThat(order(REPORT.sortedBy("release", true))).containsExactly("echo", "delta", "charlie", "bravo",
        "Alpha");
    assertThat(order(REPORT.sortedBy("source", false))).containsExactly("Alpha", "bravo", "charlie", "delta",
        "echo");
  }

  @Test
  void sortsByProducerWithTheUnstatedLastEitherWay() {
    // "Acme" and "acme" tie ignoring case; the tie breaks by exact text, capitals first.
    assertThat(order(REPORT.sortedBy("producer", false))).containsExactly("bravo", "charlie", "delta", "Alpha",
        "echo");
    assertThat(order(REPORT.sortedBy("producer", true))).containsExactly("delta", "charlie", "bravo", "Alpha",
        "echo");
  }

  @Test
  void sortsByBinaryVerdictsStably() {
    // failed before passed; undetermined (delta) last either way, as in every column; ties keep the report's order.
    assertThat(order(REPORT.sortedBy("d-binary", false))).containsExactly("charlie", "echo", "Alpha", "bravo",
        "delta");
    assertThat(order(REPORT.sortedBy("d-binary", true))).containsExactly("Alpha", "bravo", "charlie", "echo",
        "delta");
  }

  @Test
  void sortsByTierReached() {
    assertThat(order(REPORT.sortedBy("d-tiers", true))).containsExactly("charlie", "delta", "echo", "bravo",
        "Alpha");
    assertThat(order(REPORT.sortedBy("d-tiers", false))).containsExactly("Alpha", "bravo", "delta", "echo",
        "charlie");
  }

  @Test
  void sortsByTheLowestPossibleScore() {
    // delta (7) and echo (7 to 8) tie on the lowest possible score: file names break the tie in the sort's
    // direction, as the European Open Source AI Index ranks equal scores (file name descending).
    assertThat(order(REPORT.sortedBy("d-score", true))).containsExactly("Alpha", "bravo", "echo", "delta",
        "charlie");
    assertThat(order(REPORT.sortedBy("d-score", false))).containsExactly("charlie", "delta", "echo", "bravo",
        "Alpha");
  }

  @Test
  void sortsByCategoryWithTheUndeterminedLastEitherWay() {
    assertThat(order(REPORT.sortedBy("d-category", true))).containsExactly("Alpha", "echo", "charlie", "delta",
        "bravo");
    assertThat(order(REPORT.sortedBy("d-category", false))).containsExactly("charlie", "echo", "Alpha", "delta",
        "bravo");
  }

  @Test
  void sortingKeepsTheReportWhole() {
    Report sorted = REPORT.sortedBy("d-tiers", true);
    assertThat(sorted.definitions()).isEqualTo(REPORT.definitions());
    assertThat(sorted.rows()).containsExactlyInAnyOrderElementsOf(REPORT.rows());
  }

  @Test
  void anUnknownColumnIsRefusedWithTheValidOnes() {
    assertThatThrownBy(() -> REPORT.sortedBy("d-nothing", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("d-nothing")
        .hasMessageContaining("release, producer, source, d-binary, d-tiers, d-score, d-category");
  }

  @Test
  void rowsMustHaveOneCellPerDefinitionInOrder() {
    Row short1 = row("x", Optional.empty(), new Verdict.Binary(Outcome.SATISFIED));
    assertThatThrownBy(() -> new Report(DEFS, List.of(short1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells for 4 definitions");
    Row swapped = new Row("y", "y.yaml", Optional.empty(), List.of(REPORT.rows().get(0).cells().get(1),
        REPORT.rows().get(0).cells().get(0), REPORT.rows().get(0).cells().get(2),
        REPORT.rows().get(0).cells().get(3)));
    assertThatThrownBy(() -> new Report(DEFS, List.of(swapped))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("where 'd-binary' belongs");
    assertThatThrownBy(() -> new Report(List.of(VerdictsTest.BINARY, VerdictsTest.BINARY), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
  }

  @Test
  void everyWriterHandlesAnEmptyReport() {
    for (Report empty : List.of(new Report(List.of(), List.of()), new Report(DEFS, List.of()))) {
      StringWriter text = new StringWriter();
      TextReport.write(empty, new PrintWriter(text), true);
      assertThat(text.toString()).startsWith("release").contains("Audit: no evaluations")
          .endsWith(EvaluationJson.DISCLAIMER + "\n");
      StringWriter md = new StringWriter();
      MarkdownReport.write(empty, md);
      assertThat(md.toString()).contains("| Release | Producer |").endsWith(EvaluationJson.DISCLAIMER + "\n");
      StringWriter html = new StringWriter();
      HtmlReport.write(empty, html);
      assertThat(html.toString()).contains("<table id=\"matrix\">").doesNotContain("<td class=\"cell");
    }
  }

  @Test
  void wideMatricesWrapIntoBlocksThatRepeatTheReleaseColumn() {
    List<DefinitionInfo> many = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    for (int j = 0; j < 12; j++) {
      DefinitionInfo d = new DefinitionInfo("definition-number-" + j, "D", "1", Optional.empty(), "h", "binary",
          List.of(), Optional.empty());
      many.add(d);
      cells.add(cell(d, "a release", new Verdict.Binary(Outcome.SATISFIED)));
    }
    Report wide = new Report(many, List.of(new Row("a release", "a.yaml", Optional.empty(), cells)));
    StringWriter s = new StringWriter();
    TextReport.write(wide, new PrintWriter(s), false);
    List<String> heads = s.toString().lines().filter(l -> l.startsWith("release ")).toList();
    assertThat(heads).hasSizeGreaterThan(1);
    assertThat(s.toString().lines().filter(l -> l.startsWith("a release ")).count()).isEqualTo(heads.size());
    assertThat(s.toString().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(160));
    assertThat(String.join(" ", heads)).contains("definition-number-0").contains("definition-number-11");
  }

  @Test
  void describesEachShapeOfDefinition() {
    List<DefinitionInfo> infos = ReportFixtures.definitions().stream().map(DefinitionInfo::of).toList();
    assertThat(infos).extracting(DefinitionInfo::kind).containsExactly("binary", "tiers", "score", "score",
        "category");
    assertThat(infos.get(0).levels()).isEmpty();
    assertThat(infos.get(0).source()).contains("https://example.com/gold/binary");
    assertThat(infos.get(1).levels()).containsExactly("Usable", "Open", "Reproducible");
    assertThat(infos.get(2).scoreMax()).contains(1.0);
    assertThat(infos.get(3).scoreMax()).contains(4.5); // weights 2 + 1 + 1.5
    assertThat(infos.get(4).levels()).containsExactly("closed", "open weights", "open science");
    assertThat(infos.get(4).scoreMax()).isEmpty();
    Definition binary = ReportFixtures.definitions().get(0);
    assertThat(infos.get(0).sourceHash()).isEqualTo(binary.sourceHash());
  }

  @org.junit.jupiter.api.Test
  void terminalWidthCountsWideCharactersTwice() {
    org.assertj.core.api.Assertions.assertThat(TextReport.width("OLMo")).isEqualTo(4);
    org.assertj.core.api.Assertions.assertThat(TextReport.width("通义千问")).isEqualTo(8);
    org.assertj.core.api.Assertions.assertThat(TextReport.width("\uD83E\uDD16 bot")).isEqualTo(6);
  }
}
