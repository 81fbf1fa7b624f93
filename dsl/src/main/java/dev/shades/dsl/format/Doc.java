package dev.shades.dsl.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * A small layout document (after Wadler's "prettier printer"): text with places where a line may break. A
 * {@link Group} prints on one line when all of it (and the text that follows it up to the next line break) fits in
 * the width, else each of its own {@link Line}s breaks; groups inside it decide again for themselves. A {@link Fill}
 * breaks a separator only when the content after it does not fit on the line. A break starts a new line at the
 * indentation that the enclosing {@link Nest}s add up to. The layout depends only on the document and the width.
 */
sealed interface Doc {

  /** Text printed as it is; never split. */
  record Text(String text) implements Doc {}

  /** A space, or a line break when its group breaks. */
  record Line() implements Doc {}

  /** Documents one after another. */
  record Cat(List<Doc> parts) implements Doc {}

  /** Breaks inside {@code doc} indent {@code by} more columns. */
  record Nest(int by, Doc doc) implements Doc {}

  /** One line if it fits, else each of its lines breaks. */
  record Group(Doc doc) implements Doc {}

  /** Contents and separators alternating ({@code content, line, content, ...}): fills each line as far as it can. */
  record Fill(List<Doc> parts) implements Doc {}

  Doc LINE = new Line();

  static Doc text(String text) {
    return new Text(text);
  }

  static Doc cat(Doc... parts) {
    return new Cat(List.of(parts));
  }

  /**
   * Lays a document out.
   *
   * @param doc the document
   * @param column the column the first line starts at; it is also the indentation that nests add to
   * @param width the width lines should keep within
   * @return the text, with line breaks and the indentation of continuation lines, but not that of the first line
   */
  static String render(Doc doc, int column, int width) {
    StringBuilder out = new StringBuilder();
    Deque<Cmd> stack = new ArrayDeque<>();
    stack.push(new Cmd(column, false, doc, 0));
    int col = column;
    while (!stack.isEmpty()) {
      Cmd c = stack.pop();
      if (c.doc instanceof Text t) {
        out.append(t.text());
        col += t.text().length();
      } else if (c.doc instanceof Line) {
        if (c.flat) {
          out.append(' ');
          col++;
        } else {
          out.append('\n').append(" ".repeat(c.indent));
          col = c.indent;
        }
      } else if (c.doc instanceof Cat k) {
        for (int i = k.parts().size() - 1; i >= 0; i--) {
          stack.push(new Cmd(c.indent, c.flat, k.parts().get(i), 0));
        }
      } else if (c.doc instanceof Nest n) {
        stack.push(new Cmd(c.indent + n.by(), c.flat, n.doc(), 0));
      } else if (c.doc instanceof Group g) {
        boolean flat = c.flat || fits(new Cmd(c.indent, true, g.doc(), 0), stack, width - col);
        stack.push(new Cmd(c.indent, flat, g.doc(), 0));
      } else {
        fill(c, (Fill) c.doc, stack, width - col);
      }
    }
    return out.toString();
  }

  /** Lays out the part of a fill from {@code c.from}: decides the separator after its first content. */
  private static void fill(Cmd c, Fill f, Deque<Cmd> stack, int remaining) {
    List<Doc> parts = f.parts();
    int i = c.from;
    if (i >= parts.size()) {
      return;
    }
    if (c.flat) {
      for (int j = parts.size() - 1; j >= i; j--) {
        stack.push(new Cmd(c.indent, true, parts.get(j), 0));
      }
      return;
    }
    Doc content = parts.get(i);
    boolean last = i + 2 >= parts.size();
    Cmd flatContent = new Cmd(c.indent, true, content, 0);
    boolean contentFits = fits(flatContent, last ? stack : new ArrayDeque<>(), remaining);
    if (last) {
      if (i + 1 < parts.size()) {
        stack.push(new Cmd(c.indent, contentFits, parts.get(i + 1), 0));
      }
      stack.push(new Cmd(c.indent, contentFits, content, 0));
      return;
    }
    Doc separator = parts.get(i + 1);
    boolean nextIsLast = i + 3 >= parts.size();
    boolean pairFits = fits(new Cmd(c.indent, true, new Cat(List.of(content, separator, parts.get(i + 2))), 0),
        nextIsLast ? stack : new ArrayDeque<>(), remaining);
    stack.push(new Cmd(c.indent, false, f, i + 2));
    stack.push(new Cmd(c.indent, pairFits, separator, 0));
    stack.push(new Cmd(c.indent, contentFits, content, 0));
  }

  /**
   * Whether {@code next}, then what {@code rest} prints up to its first line break, fits in {@code remaining}
   * columns.
   */
  private static boolean fits(Cmd next, Deque<Cmd> rest, int remaining) {
    Deque<Cmd> local = new ArrayDeque<>();
    local.push(next);
    Iterator<Cmd> after = rest.iterator();
    while (remaining >= 0) {
      if (local.isEmpty()) {
        if (!after.hasNext()) {
          return true;
        }
        local.push(after.next());
      }
      Cmd c = local.pop();
      if (c.doc instanceof Text t) {
        remaining -= t.text().length();
      } else if (c.doc instanceof Line) {
        if (!c.flat) {
          return true;
        }
        remaining--;
      } else if (c.doc instanceof Cat k) {
        for (int i = k.parts().size() - 1; i >= 0; i--) {
          local.push(new Cmd(c.indent, c.flat, k.parts().get(i), 0));
        }
      } else if (c.doc instanceof Nest n) {
        local.push(new Cmd(c.indent, c.flat, n.doc(), 0));
      } else if (c.doc instanceof Group g) {
        local.push(new Cmd(c.indent, c.flat, g.doc(), 0));
      } else {
        Fill f = (Fill) c.doc;
        for (int i = f.parts().size() - 1; i >= c.from; i--) {
          local.push(new Cmd(c.indent, c.flat, f.parts().get(i), 0));
        }
      }
    }
    return false;
  }

  /** A document to lay out at an indentation, flat or broken; {@code from} is where a fill goes on. */
  record Cmd(int indent, boolean flat, Doc doc, int from) {}
}
