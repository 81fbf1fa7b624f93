package dev.shades.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.explain.Explainer;
import dev.shades.core.model.Release;
import dev.shades.formats.json.EvaluationJson;
import dev.shades.formats.report.DefinitionInfo;
import dev.shades.formats.report.HtmlReport;
import dev.shades.formats.report.MarkdownReport;
import dev.shades.formats.report.Cell;
import dev.shades.formats.report.Report;
import dev.shades.formats.report.Row;
import dev.shades.formats.report.SvgBadge;
import dev.shades.formats.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the matrix of releases × definitions and writes it as a report: text, Markdown, HTML, or JSON (the matrix
 * of verdicts). Only the HTML report shows every requirement and the path to the next verdict, so only it keeps the
 * full evaluations; the others keep one verdict per cell.
 */
final class ReportSink implements Batch.Sink {
  /** Beyond this many releases the HTML report leaves out the path to the next verdict (it costs milliseconds each). */
  static final int MAX_EXPLAINED_ROWS = 500;

  private final String format;
  private final PrintWriter out;
  private final List<Definition> definitions;
  private final List<DefinitionInfo> infos;
  private final Optional<String> sort;
  private final boolean descending;
  private final boolean colour;
  private final Optional<Path> badges;
  private final List<Row> rows = new ArrayList<>();
  private final boolean explainCells;
  private final Explainer explainer = Explainer.create();
  private final Set<String> badgeNames = new HashSet<>();

  ReportSink(String format, PrintWriter out, List<Definition> definitions, Optional<String> sort, boolean descending,
      boolean colour, Optional<Path> badges, int expectedRows) {
    this.explainCells = format.equals("html") && expectedRows <= MAX_EXPLAINED_ROWS;
    this.format = format;
    this.out = out;
    this.definitions = definitions;
    this.infos = definitions.stream().map(DefinitionInfo::of).toList();
    this.sort = sort;
    this.descending = descending;
    this.colour = colour;
    this.badges = badges;
  }

  /** The columns a report can be sorted by, for checking {@code --sort} before any work. */
  static List<String> columns(List<Definition> definitions) {
    List<String> out = new ArrayList<>(List.of("release", "producer", "source"));
    definitions.forEach(d -> out.add(d.id()));
    return out;
  }

  @Override
  public void release(Path file, Release release, List<Evaluation> evaluations) throws IOException {
    boolean html = format.equals("html");
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < evaluations.size(); i++) {
      Evaluation e = evaluations.get(i);
      Definition d = definitions.get(i);
      List<String> next = !html ? List.of() : explainCells ? explainer.explain(d, release).sentences()
          : List.of("not worked out for reports of more than " + MAX_EXPLAINED_ROWS + " releases; run 'shades "
              + "explain -d " + d.id() + " " + file + "'");
      cells.add(new Cell(e, next));
    }
    if (badges.isPresent()) {
      writeBadges(file, evaluations);
    }
    rows.add(new Row(release.name(), file.toString(), release.producer(), cells));
  }

  /** Only the HTML report shows what decided each verdict; the others show verdicts alone. */
  @Override
  public boolean detailed() {
    return format.equals("html");
  }

  @Override
  public boolean failed() {
    return out.checkError();
  }

  @Override
  public void finish() throws IOException {
    Report report = new Report(infos, rows);
    if (sort.isPresent()) {
      report = report.sortedBy(sort.get(), descending);
    }
    switch (format) {
      case "markdown" -> MarkdownReport.write(report, out);
      case "html" -> HtmlReport.write(report, out);
      case "json", "jsonl" -> json(report, format.equals("jsonl"));
      default -> TextReport.write(report, out, colour);
    }
    out.flush();
  }

  private void json(Report report, boolean lines) throws IOException {
    JsonGenerator g = lines ? EvaluationJson.compactGenerator(out) : EvaluationJson.generator(out);
    if (!lines) {
      g.writeStartObject();
      g.writeArrayFieldStart("definitions");
      for (DefinitionInfo d : report.definitions()) {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("title", d.title());
        g.writeStringField("version", d.version());
        g.writeStringField("sourceHash", d.sourceHash());
        g.writeStringField("kind", d.kind());
        g.writeArrayFieldStart("levels");
        for (String level : d.levels()) {
          g.writeString(level);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
    }
    for (Row row : report.rows()) {
      g.writeStartObject();
      g.writeStringField("release", row.release());
      g.writeStringField("source", row.source());
      if (row.producer().isPresent()) {
        g.writeStringField("producer", row.producer().get());
      }
      g.writeObjectFieldStart("verdicts");
      for (int i = 0; i < row.cells().size(); i++) {
        g.writeFieldName(report.definitions().get(i).id());
        EvaluationJson.writeVerdict(g, row.cells().get(i).evaluation().verdict());
      }
      g.writeEndObject();
      g.writeEndObject();
      if (lines) {
        g.flush();
        out.println();
      }
    }
    if (!lines) {
      g.writeEndArray();
      if (!report.rows().isEmpty()) {
        Evaluation.Audit a = report.rows().get(0).cells().get(0).evaluation().audit();
        g.writeObjectFieldStart("audit");
        g.writeNumberField("formVersion", a.formVersion());
        g.writeStringField("shadesVersion", a.shadesVersion());
        g.writeStringField("spdxListVersion", a.spdxListVersion());
        g.writeStringField("evaluatedAt", a.evaluatedAt().toString());
        g.writeEndObject();
      }
      g.writeStringField("disclaimer", EvaluationJson.DISCLAIMER);
      g.writeEndObject();
      g.flush();
      out.println();
    }
  }

  /** Writes {@code DIR/<file name>/<definition id>.svg}; a file name seen before gets a number. */
  private void writeBadges(Path file, List<Evaluation> evaluations) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "")
        .replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT);
    String unique = name;
    for (int n = 2; !badgeNames.add(unique); n++) {
      unique = name + "-" + n;
    }
    Path dir = badges.orElseThrow().resolve(unique);
    Files.createDirectories(dir);
    for (int i = 0; i < evaluations.size(); i++) {
      Definition d = definitions.get(i);
      Files.writeString(dir.resolve(d.id() + ".svg"), SvgBadge.of(infos.get(i), evaluations.get(i)),
          StandardCharsets.UTF_8);
    }
  }
}
