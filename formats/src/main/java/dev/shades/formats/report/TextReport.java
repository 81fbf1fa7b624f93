package dev.shades.formats.report;


import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Verdict;
import dev.shades.formats.json.EvaluationJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a report as an aligned terminal matrix: a release column, then one column per definition headed by its
 * id; a matrix wider than {@value #MAX_WIDTH} columns is wrapped into blocks of definition columns, each repeating
 * the release column. Then a legend line per definition, the audit and the disclaimer.
 */
public final class TextReport {
  /** The widest a line of the matrix may be before it is wrapped into blocks. */
  public static final int MAX_WIDTH = 160;

  private static final String GAP = "  ";
  private static final String RESET = "\u001b[0m";

  private TextReport() {}

  /**
   * Writes the report; lines end with {@code \n}.
   *
   * @param colour true to colour cells by rank with ANSI codes (green, yellow, red, grey for unknown); false
   *     writes no escape code at all
   */
  public static void write(Report r, PrintWriter out, boolean colour) {
    List<DefinitionInfo> defs = r.definitions();
    int n = defs.size();
    List<String> releases = new ArrayList<>();
    String[][] texts = new String[r.rows().size()][n];
    Verdicts.Band[][] bands = new Verdicts.Band[r.rows().size()][n];
    int releaseWidth = width("release");
    int[] widths = new int[n];
    for (int j = 0; j < n; j++) {
      widths[j] = width(Escape.terminal(defs.get(j).id()));
    }
    for (int i = 0; i < r.rows().size(); i++) {
      Row row = r.rows().get(i);
      releases.add(shortened(Escape.terminal(row.release())));
      releaseWidth = Math.max(releaseWidth, width(releases.get(i)));
      for (int j = 0; j < n; j++) {
        var verdict = row.cells().get(j).evaluation().verdict();
        texts[i][j] = Escape.terminal(Verdicts.cellText(defs.get(j), verdict));
        bands[i][j] = Verdicts.Band.of(Verdicts.rank(defs.get(j), verdict));
        widths[j] = Math.max(widths[j], width(texts[i][j]));
      }
    }
    List<int[]> blocks = blocks(releaseWidth, widths);
    for (int b = 0; b < blocks.size(); b++) {
      int from = blocks.get(b)[0];
      int to = blocks.get(b)[1];
      if (b > 0) {
        out.print("\n");
      }
      List<String> head = new ArrayList<>(List.of(pad("release", releaseWidth)));
      List<String> rule = new ArrayList<>(List.of("-".repeat(releaseWidth)));
      for (int j = from; j < to; j++) {
        head.add(pad(Escape.terminal(defs.get(j).id()), widths[j]));
        rule.add("-".repeat(widths[j]));
      }
      line(out, head);
      line(out, rule);
      for (int i = 0; i < releases.size(); i++) {
        List<String> parts = new ArrayList<>(List.of(pad(releases.get(i), releaseWidth)));
        for (int j = from; j < to; j++) {
          String text = colour ? ansi(bands[i][j]) + texts[i][j] + RESET : texts[i][j];
          parts.add(text + " ".repeat(widths[j] - width(texts[i][j])));
        }
        line(out, parts);
      }
    }
    if (colour) {
      out.print("\n" + ansi(Verdicts.Band.OPEN) + "green" + RESET + " most open, " + ansi(Verdicts.Band.PARTLY)
          + "yellow" + RESET + " in between, " + ansi(Verdicts.Band.CLOSED) + "red" + RESET + " least open, "
          + ansi(Verdicts.Band.UNKNOWN) + "grey" + RESET + " unknown\n");
    }
    int idWidth = defs.stream().mapToInt(d -> width(Escape.terminal(d.id()))).max().orElse(0);
    out.print("\n");
    for (DefinitionInfo d : defs) {
      out.print(pad(Escape.terminal(d.id()), idWidth) + GAP + Escape.terminal(d.title()) + ", version "
          + Escape.terminal(d.version()) + ", " + kind(d) + "\n");
    }
    out.print("\n");
    Optional<Evaluation.Audit> audit = r.rows().stream().flatMap(row -> row.cells().stream())
        .map(c -> c.evaluation().audit()).findFirst();
    if (audit.isPresent()) {
      Evaluation.Audit a = audit.get();
      out.print("Audit: Shades " + Escape.terminal(a.shadesVersion()) + ", SPDX License List "
          + Escape.terminal(a.spdxListVersion()) + ", evaluated at " + a.evaluatedAt() + "\n");
    } else {
      out.print("Audit: no evaluations\n");
    }
    for (DefinitionInfo d : defs) {
      out.print("  " + pad(Escape.terminal(d.id()), idWidth) + GAP + "version " + Escape.terminal(d.version())
          + ", source hash " + Escape.terminal(d.sourceHash()) + "\n");
    }
    out.print("\n" + EvaluationJson.DISCLAIMER + "\n");
    out.flush();
  }

  /** The kind as the legend says it: a score with its scale. */
  static String kind(DefinitionInfo d) {
    if (d.kind().equals("score")) {
      return "score 0\u2013" + Verdicts.scaleMax(d);
    }
    return d.kind();
  }

  /** Splits the definition columns into blocks [from, to) that fit the width with the release column. */
  private static List<int[]> blocks(int releaseWidth, int[] widths) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    while (from < widths.length || out.isEmpty()) {
      int total = releaseWidth;
      int to = from;
      // Every block holds at least one column, however wide.
      while (to < widths.length && (to == from || total + GAP.length() + widths[to] <= MAX_WIDTH)) {
        total += GAP.length() + widths[to];
        to++;
      }
      out.add(new int[] {from, to});
      from = to;
      if (widths.length == 0) {
        break;
      }
    }
    return out;
  }

  private static void line(PrintWriter out, List<String> parts) {
    out.print(String.join(GAP, parts).stripTrailing() + "\n");
  }

  /**
   * The text in the terminal colour of the verdict's openness: green most open, yellow partly, red least, grey
   * undetermined (as the matrix colours its cells).
   */
  public static String coloured(DefinitionInfo d, Verdict v, String text) {
    return ansi(Verdicts.Band.of(Verdicts.rank(d, v))) + text + RESET;
  }

  private static String ansi(Verdicts.Band band) {
    return switch (band) {
      case OPEN -> "\u001b[32m";
      case PARTLY -> "\u001b[33m";
      case CLOSED -> "\u001b[31m";
      case UNKNOWN -> "\u001b[90m";
    };
  }

  /** Release names longer than this are cut, with an ellipsis, so that one long name cannot widen every row. */
  static final int MAX_NAME = 48;

  private static String shortened(String name) {
    return name.codePointCount(0, name.length()) <= MAX_NAME ? name
        : name.substring(0, name.offsetByCodePoints(0, MAX_NAME - 1)) + "…";
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - width(s)));
  }

  /** The width of a text in terminal columns, counted as code points. */
  /** Columns a string takes on a terminal: East Asian wide characters and most emoji take two. */
  static int width(String s) {
    return s.codePoints().map(c -> wide(c) ? 2 : 1).sum();
  }

  private static boolean wide(int c) {
    return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
        || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
        || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x1F300 && c <= 0x1F64F || c >= 0x1F900 && c <= 0x1F9FF
        || c >= 0x20000 && c <= 0x3FFFD;
  }
}
