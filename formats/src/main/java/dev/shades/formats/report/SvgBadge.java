package dev.shades.formats.report;

import dev.shades.core.definition.Evaluation;
import dev.shades.formats.json.EvaluationJson;
import java.util.Locale;

/**
 * A small flat SVG badge of one verdict: the definition's id on the left, the cell text on a background coloured by
 * rank on the right, and a {@code <title>} naming the release, the definition and its version, with the
 * disclaimer. The markup is valid XML and every text in it is escaped.
 */
public final class SvgBadge {
  private static final int HEIGHT = 20;
  private static final double PADDING = 6;
  private static final String LABEL_COLOUR = "#444";

  private SvgBadge() {}

  /** The badge of an evaluation of this definition. */
  public static String of(DefinitionInfo d, Evaluation e) {
    String label = d.id();
    String message = Verdicts.cellText(d, e.verdict());
    double labelText = textWidth(label);
    double messageText = textWidth(message);
    double labelWidth = Math.ceil(labelText + 2 * PADDING);
    double messageWidth = Math.ceil(messageText + 2 * PADDING);
    double width = labelWidth + messageWidth;
    String colour = colour(Verdicts.Band.of(Verdicts.rank(d, e.verdict())));
    String title = e.release() + " \u00d7 " + d.id() + " (version " + d.version() + "): " + message + ". "
        + EvaluationJson.DISCLAIMER;
    // Ids must not clash when several badges are inlined into one page; the same badge always gets the same id.
    String clip = "shades-badge-" + Integer.toHexString((label + '\u0000' + message).hashCode());
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" + HEIGHT
        + "\" viewBox=\"0 0 " + num(width) + " " + HEIGHT + "\" role=\"img\" aria-label=\""
        + Escape.markup(label + ": " + message) + "\">\n"
        + "  <title>" + Escape.markup(title) + "</title>\n"
        + "  <clipPath id=\"" + clip + "\"><rect width=\"" + num(width) + "\" height=\"" + HEIGHT
        + "\" rx=\"3\"/></clipPath>\n"
        + "  <g clip-path=\"url(#" + clip + ")\">\n"
        + "    <rect width=\"" + num(labelWidth) + "\" height=\"" + HEIGHT + "\" fill=\"" + LABEL_COLOUR + "\"/>\n"
        + "    <rect x=\"" + num(labelWidth) + "\" width=\"" + num(messageWidth) + "\" height=\"" + HEIGHT
        + "\" fill=\"" + colour + "\"/>\n"
        + "  </g>\n"
        + "  <g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\" "
        + "text-anchor=\"middle\">\n"
        + text(labelWidth / 2, labelText, label)
        + text(labelWidth + messageWidth / 2, messageText, message)
        + "  </g>\n"
        + "</svg>\n";
  }

  private static String text(double x, double width, String s) {
    // textLength makes the renderer fit the text to the width the badge was sized for, whatever font it has.
    return "    <text x=\"" + num(x) + "\" y=\"14\" textLength=\"" + num(width)
        + "\" lengthAdjust=\"spacingAndGlyphs\">" + Escape.markup(s) + "</text>\n";
  }

  private static String colour(Verdicts.Band band) {
    // Dark enough that white text keeps a contrast of 4.5:1 or more.
    return switch (band) {
      case OPEN -> "#2e7d32";
      case PARTLY -> "#a36a00";
      case CLOSED -> "#c62828";
      case UNKNOWN -> "#757575";
    };
  }

  /** The approximate width of a text in 11px Verdana, in pixels. */
  static double textWidth(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      w += charWidth(c);
    }
    return w;
  }

  private static double charWidth(int c) {
    if ("il.,:;|!'`jI".indexOf(c) >= 0) {
      return 3.4;
    } else if (c == ' ') {
      return 3.9;
    } else if ("frt()-[]".indexOf(c) >= 0) {
      return 4.7;
    } else if ("mwMW%".indexOf(c) >= 0) {
      return 10.8;
    } else if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z') {
      return 7.0;
    } else if (c >= 'A' && c <= 'Z') {
      return 7.8;
    }
    return 8.0; // anything else, wide enough for most symbols and letters
  }

  private static String num(double x) {
    String s = String.format(Locale.ROOT, "%.1f", x);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
