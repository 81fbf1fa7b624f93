package dev.shades.formats.report;

import dev.shades.core.definition.Evaluation;
import dev.shades.formats.json.EvaluationJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a report as GitHub-flavoured Markdown to paste into an issue or a model card: a table of releases ×
 * definitions, the definitions, the audit and the disclaimer. Every text from a description or a policy is
 * escaped, so that a name cannot break the table or add links, emphasis or HTML.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * Writes the report; lines end with {@code \n}.
   *
   * @throws UncheckedIOException when the writer fails
   */
  public static void write(Report r, Writer out) {
    StringBuilder s = new StringBuilder();
    List<DefinitionInfo> defs = r.definitions();
    s.append("## Openness report\n\n");
    List<String> head = new ArrayList<>(List.of("Release", "Producer"));
    defs.forEach(d -> head.add(Escape.markdown(d.id())));
    row(s, head);
    row(s, head.stream().map(h -> "---").toList());
    for (Row row : r.rows()) {
      List<String> cells = new ArrayList<>(List.of(Escape.markdown(row.release()),
          Escape.markdown(row.producer().orElse(""))));
      for (int j = 0; j < defs.size(); j++) {
        cells.add(Escape.markdown(Verdicts.cellText(defs.get(j), row.cells().get(j).evaluation().verdict())));
      }
      row(s, cells);
    }
    s.append("\n### Definitions\n\n");
    for (DefinitionInfo d : defs) {
      s.append("- **").append(Escape.markdown(d.id())).append("**: ").append(Escape.markdown(d.title()))
          .append(", version ").append(Escape.markdown(d.version())).append(", ")
          .append(Escape.markdown(TextReport.kind(d)))
          .append(d.source().map(src -> ". Source: " + Escape.markdown(src)).orElse("")).append('\n');
    }
    s.append("\n### Audit\n\n");
    Optional<Evaluation.Audit> audit = r.rows().stream().flatMap(row -> row.cells().stream())
        .map(c -> c.evaluation().audit()).findFirst();
    audit.ifPresent(a -> s.append("- Shades version: ").append(Escape.markdown(a.shadesVersion())).append('\n')
        .append("- SPDX License List version: ").append(Escape.markdown(a.spdxListVersion())).append('\n')
        .append("- Evaluated at: ").append(a.evaluatedAt()).append('\n'));
    for (DefinitionInfo d : defs) {
      s.append("- ").append(Escape.markdown(d.id())).append(": version ").append(Escape.markdown(d.version()))
          .append(", source hash ").append(Escape.markdown(d.sourceHash())).append('\n');
    }
    s.append('\n').append(EvaluationJson.DISCLAIMER).append('\n');
    try {
      out.write(s.toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(StringBuilder s, List<String> cells) {
    // An empty cell keeps its place: "|  |".
    s.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }
}
