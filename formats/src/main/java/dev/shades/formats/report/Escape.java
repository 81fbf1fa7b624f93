package dev.shades.formats.report;

import java.util.Locale;

/** Escaping for every text that comes from a description or a policy, one method per output language. */
final class Escape {
  private Escape() {}

  /** For a terminal: control characters (which could move the cursor or change colours) become U+FFFD. */
  static String terminal(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        out.append('\uFFFD');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /** For HTML and XML text and quoted attribute values; characters XML forbids become U+FFFD. */
  static String markup(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (allowedInXml(c)) {
            out.append(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean allowedInXml(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !(c >= 0x7F && c <= 0x9F) && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
  }

  /**
   * For Markdown inline text, including table cells: a backslash before every character that Markdown or a table
   * would read as syntax, and line breaks (which would end the table row) as spaces.
   */
  static String markdown(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    terminal(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')).chars().forEach(c -> {
      if ("\\|<>`*_[]&~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append((char) c);
    });
    return out.toString();
  }

  /**
   * True for an absolute {@code http} or {@code https} URL that may become a link: anything else ({@code
   * javascript:}, {@code data:}, relative paths, text with spaces or control characters) is shown as text only.
   */
  static boolean linkable(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return false;
    }
    return url.length() > "https://".length() && url.chars().noneMatch(c -> c <= 0x20 || c == 0x7F);
  }
}
