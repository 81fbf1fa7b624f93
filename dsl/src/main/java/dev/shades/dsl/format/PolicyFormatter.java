package dev.shades.dsl.format;

import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.ast.Ast;
import dev.shades.dsl.ast.Pos;
import dev.shades.dsl.parser.PolicyParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints a policy file in its one canonical layout: however a file was laid out, the same tree prints the same
 * code; the positions of nodes and comments decide only where the comments go. Formatting a parsed file and parsing
 * the result gives an equal tree, and formatting again changes nothing. The formatter prints the tree faithfully and
 * adds no parentheses, so a tree built by hand should have the shape the parser gives (for instance, a
 * {@link Ast.ParenCond} around an {@code or} that is the operand of an {@code and}); the parser keeps only the last
 * of a repeated {@code because}, {@code remedy} or test {@code release}, so the output has only that one too.
 *
 * <h2>The canonical layout</h2>
 *
 * <ul>
 *   <li>The header {@code shades 1}, one blank line, the imports (one a line, all together, before anything else),
 *       then the top-level items ({@code kind}, {@code license}, {@code definition}) in their written order, one
 *       blank line between two items. The text ends with one line break; no line has trailing white space.
 *   <li>Indentation is 2 spaces a level. The opening brace of a block ends the line that opens it; the closing
 *       brace stands alone on its own line at the block's indentation. An empty block is still two lines.
 *   <li>Every licence field, setting, licence set, {@code drop}, requirement, warning, category, tier rule, score
 *       dimension, inline-release statement and expectation is on its own line.
 *   <li>The {@code because} and {@code remedy} clauses of requirements, warnings and categories go on continuation
 *       lines, indented 4 spaces more than the rule: {@code because} first, then {@code remedy}.
 *   <li>Inside a definition, a blank line separates two consecutive items of different sorts: settings
 *       ({@code version}, {@code source}, {@code description}, {@code unknown as}, {@code progress}, {@code score sum}), licence
 *       sets, rules ({@code drop}, {@code require}, {@code warn}), categories; a {@code tier}, {@code score} or
 *       {@code test} block always has a blank line before and after it (except at the start or end of the body).
 *   <li>In a {@code test}, the release comes first, then the expectations in their written order.
 *   <li>One space around every word and operator; lists as {@code [a, b, c]} (and name lists without brackets as
 *       {@code a, b, c}); strings in double quotes, re-escaped ({@code \"}, {@code \\}, {@code \n}, {@code \t});
 *       numbers exactly as written; the verb after a selection ({@code is}, {@code are}, {@code has},
 *       {@code have}) as written, or none; {@code in [...]} members in their written order.
 *   <li>Parentheses exactly where the tree has them ({@link Ast.ParenCond}, {@link Ast.ParenTest},
 *       {@link Ast.ParenLic}, and the ones {@code base ( ... )} always has) and nowhere else: the tree keeps the
 *       writer's grouping, so printing it faithfully reads back as the same tree.
 *   <li>Long lines are not wrapped.
 * </ul>
 *
 * <h2>Comments</h2>
 *
 * Every comment is kept. Each printed line stands for the source lines of the nodes it prints (by their positions),
 * and each comment goes with one printed line:
 *
 * <ul>
 *   <li>a comment that followed code on its line stays at the end of the last printed line that ends on that source
 *       line;
 *   <li>any other comment goes on its own line, at the indentation of the line it precedes (before a closing
 *       brace: at the indentation of the block's body): before the printed line whose source it falls inside (a
 *       comment in the middle of a condition written on several lines goes before the whole rule), else before the
 *       first printed line whose source starts after it;
 *   <li>comments after the last item go at the end of the file, after a blank line.
 * </ul>
 *
 * So comments keep their order, except that they move with their nodes where the layout reorders nodes (imports
 * written after items, {@code remedy} written before {@code because}, a test's release written after its
 * expectations).
 */
public final class PolicyFormatter {
  private static final String INDENT = "  ";
  private static final int CONTINUATION = 2;

  private PolicyFormatter() {}

  /**
   * Formats a parsed policy file.
   *
   * @param file the file, with its comments
   * @return the canonical text, ending with a line break
   */
  public static String format(Ast.PolicyFile file) {
    return new Printer(file.comments()).file(file);
  }

  /**
   * Parses and formats a policy text.
   *
   * @param source the text
   * @return the canonical text, or empty when the text does not parse
   */
  public static Optional<String> format(SourceText source) {
    return PolicyParser.create().parse(source).file().map(PolicyFormatter::format);
  }

  /**
   * Writes a string literal: the value in double quotes, with {@code "}, {@code \}, line feeds and tabs escaped.
   *
   * @param value the string's value
   * @return the literal
   */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  // ---- the printer --------------------------------------------------------------------------------------------

  /** One printed line of code, or a blank line, with the comments placed before and after it. */
  private static final class Line {
    final int indent;
    final String text;
    /** The first and last source lines of what this line prints (0 for a blank line). */
    final int start;
    final int end;
    /** The indentation of comments placed before this line. */
    final int commentIndent;
    final List<Ast.Comment> before = new ArrayList<>();
    Ast.Comment trailing;

    Line(int indent, String text, int start, int end, int commentIndent) {
      this.indent = indent;
      this.text = text;
      this.start = start;
      this.end = Math.max(start, end);
      this.commentIndent = commentIndent;
    }

    boolean blank() {
      return text.isEmpty();
    }
  }

  /**
   * Prints one file: first the lines of code, each with the source lines it stands for; then each comment is given
   * to the line it belongs with; then the text is written out.
   */
  private static final class Printer {
    private final List<Ast.Comment> comments;
    private final List<Line> lines = new ArrayList<>();

    Printer(List<Ast.Comment> comments) {
      List<Ast.Comment> sorted = new ArrayList<>(comments);
      sorted.sort(Comparator.comparingInt(Ast.Comment::line));
      this.comments = sorted;
    }

    // ---- lines ------------------------------------------------------------------------------------------------

    /** Prints a line of code standing for source lines {@code start} to {@code end}. */
    private void emit(int indent, String text, int start, int end) {
      lines.add(new Line(indent, text, start, end, indent));
    }

    /** Prints a line of code that stands for one node. */
    private void emit(int indent, String text, Pos node) {
      emit(indent, text, node.span().line(), node.span().endLine());
    }

    /** Prints the closing brace of a block at {@code indent}; comments before it are indented as the body. */
    private void close(int indent, Pos block) {
      int line = block.span().endLine();
      lines.add(new Line(indent, "}", line, line, indent + 1));
    }

    private void blank() {
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).blank()) {
        lines.add(new Line(0, "", 0, 0, 0));
      }
    }

    // ---- comments ---------------------------------------------------------------------------------------------

    /**
     * Gives each comment its place. A comment that followed code goes at the end of the last printed line that
     * ends on its source line. Otherwise it goes on its own line: before the printed line whose source it falls
     * inside, else before the first printed line whose source starts after it, else at the end of the file.
     *
     * @return the comments that go at the end of the file
     */
    private List<Ast.Comment> placeComments() {
      // For each source line on which printed lines start: the first of them, and the one reaching furthest.
      TreeMap<Integer, Integer> firstByStart = new TreeMap<>();
      Map<Integer, Integer> longestByStart = new HashMap<>();
      Map<Integer, Integer> lastByEnd = new HashMap<>();
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (!line.blank()) {
          firstByStart.putIfAbsent(line.start, i);
          longestByStart.merge(line.start, i, (was, now) -> lines.get(now).end > lines.get(was).end ? now : was);
          lastByEnd.put(line.end, i);
        }
      }
      List<Ast.Comment> atEnd = new ArrayList<>();
      for (Ast.Comment c : comments) {
        Integer trails = c.ownLine() ? null : lastByEnd.get(c.line());
        if (trails != null && lines.get(trails).trailing == null) {
          lines.get(trails).trailing = c;
          continue;
        }
        Integer inside;
        Integer floor = firstByStart.floorKey(c.line());
        if (floor != null && lines.get(longestByStart.get(floor)).end > c.line()) {
          inside = longestByStart.get(floor);
        } else {
          Map.Entry<Integer, Integer> next = firstByStart.higherEntry(c.line());
          inside = next == null ? null : next.getValue();
        }
        if (inside == null) {
          atEnd.add(c);
        } else {
          lines.get(inside).before.add(c);
        }
      }
      return atEnd;
    }

    private String finish() {
      List<Ast.Comment> atEnd = placeComments();
      StringBuilder out = new StringBuilder();
      for (Line line : lines) {
        for (Ast.Comment c : line.before) {
          out.append(INDENT.repeat(line.commentIndent)).append(c.text()).append('\n');
        }
        if (!line.blank()) {
          out.append(INDENT.repeat(line.indent)).append(line.text);
          if (line.trailing != null) {
            out.append(' ').append(line.trailing.text());
          }
        }
        out.append('\n');
      }
      if (!atEnd.isEmpty()) {
        out.append('\n');
        atEnd.forEach(c -> out.append(c.text()).append('\n'));
      }
      return out.toString();
    }

    // ---- the file and its items -------------------------------------------------------------------------------

    String file(Ast.PolicyFile file) {
      emit(0, "shades " + file.version().text(), file.version().pos());
      if (!file.imports().isEmpty()) {
        blank();
        for (Ast.Import i : file.imports()) {
          emit(0, "import " + quote(i.path().value()), i.pos());
        }
      }
      for (Ast.Item item : file.items()) {
        blank();
        item(item);
      }
      return finish();
    }

    private void item(Ast.Item item) {
      if (item instanceof Ast.KindDecl k) {
        emit(0, "kind " + k.id().text() + " " + quote(k.title().value()) + " is " + k.contentType().text()
            + k.description().map(d -> " " + quote(d.value())).orElse(""), k.pos());
      } else if (item instanceof Ast.LicenseDecl l) {
        emit(0, "license " + l.id().text() + " " + quote(l.title().value()) + " {", start(l.pos()),
            end(l.title().pos()));
        for (Ast.LicenseField f : l.fields()) {
          emit(1, licenseField(f), f.pos());
        }
        close(0, l.pos());
      } else if (item instanceof Ast.DefinitionDecl d) {
        int headerEnd = Math.max(end(d.id().pos()), Math.max(d.title().map(t -> end(t.pos())).orElse(0),
            d.parent().map(p -> end(p.pos())).orElse(0)));
        emit(0, "definition " + d.id().text() + d.title().map(t -> " " + quote(t.value())).orElse("")
            + d.parent().map(p -> " extends " + p.text()).orElse("") + " {", start(d.pos()), headerEnd);
        body(1, d.items());
        close(0, d.pos());
      } else {
        throw new IllegalArgumentException("unknown item " + item);
      }
    }

    private static String licenseField(Ast.LicenseField f) {
      String names = names(f.names());
      return switch (f.key()) {
        case "url" -> "url " + quote(f.text().orElseThrow().value());
        case "kind" -> "kind " + names;
        case "suited" -> "suited to " + names;
        case "traits" -> "traits " + names;
        case "users" -> "users " + f.number().orElseThrow().text();
        case "excluded" -> "excluded " + names;
        case "osi-approved" -> "osi-approved-by-declaration";
        default -> throw new IllegalArgumentException("unknown licence field " + f.key());
      };
    }

    // ---- definition bodies ------------------------------------------------------------------------------------

    private void body(int indent, List<Ast.DefItem> items) {
      Ast.DefItem previous = null;
      for (Ast.DefItem item : items) {
        if (previous != null && (sort(previous) != sort(item) || sort(item) == Sort.BLOCK)) {
          blank();
        }
        defItem(indent, item);
        previous = item;
      }
    }

    /** The sorts of definition items that a blank line separates. */
    private enum Sort { SETTING, LICENSE_SET, RULE, CATEGORY, BLOCK }

    private static Sort sort(Ast.DefItem item) {
      if (item instanceof Ast.Setting) {
        return Sort.SETTING;
      } else if (item instanceof Ast.LicenseSet) {
        return Sort.LICENSE_SET;
      } else if (item instanceof Ast.Drop || item instanceof Ast.Require || item instanceof Ast.Warn) {
        return Sort.RULE;
      } else if (item instanceof Ast.CategoryDecl) {
        return Sort.CATEGORY;
      }
      return Sort.BLOCK;
    }

    private void defItem(int indent, Ast.DefItem item) {
      if (item instanceof Ast.Setting s) {
        emit(indent, setting(s), s.pos());
      } else if (item instanceof Ast.LicenseSet l) {
        emit(indent, "licenses " + l.name().text() + " = " + lic(l.test()), l.pos());
      } else if (item instanceof Ast.Drop d) {
        emit(indent, "drop " + d.id().text(), d.pos());
      } else if (item instanceof Ast.Require r) {
        int headEnd = Math.max(end(r.condition().pos()), r.when().map(w -> end(w.pos())).orElse(0));
        emit(indent, "require " + r.id().map(i -> i.text() + ": ").orElse("") + cond(r.condition())
            + r.when().map(w -> " when " + cond(w)).orElse(""), start(r.pos()), headEnd);
        clause(indent, "because", r.because());
        clause(indent, "remedy", r.remedy());
      } else if (item instanceof Ast.Warn w) {
        emit(indent, "warn " + w.id().map(i -> i.text() + ": ").orElse("") + "unless " + cond(w.condition()),
            start(w.pos()), end(w.condition().pos()));
        clause(indent, "because", w.because());
      } else if (item instanceof Ast.TierDecl t) {
        int headerEnd = Math.max(end(t.name().pos()), t.parent().map(p -> end(p.pos())).orElse(0));
        emit(indent, "tier " + quote(t.name().value()) + t.parent().map(p -> " extends " + quote(p.value()))
            .orElse("") + " {", start(t.pos()), headerEnd);
        body(indent + 1, t.rules());
        close(indent, t.pos());
      } else if (item instanceof Ast.ScoreDecl s) {
        emit(indent, "score {", start(s.pos()), start(s.pos()));
        for (Ast.ScoreEntry e : s.entries()) {
          if (e instanceof Ast.Group g) {
            emit(indent + 1, "group " + quote(g.name().value()) + " {", start(g.pos()), end(g.name().pos()));
            for (Ast.DimensionDecl d : g.dimensions()) {
              dimension(indent + 2, d);
            }
            close(indent + 1, g.pos());
          } else {
            dimension(indent + 1, (Ast.DimensionDecl) e);
          }
        }
        close(indent, s.pos());
      } else if (item instanceof Ast.CategoryDecl c) {
        int headEnd = Math.max(end(c.name().pos()), c.condition().map(x -> end(x.pos())).orElse(0));
        emit(indent, "category " + quote(c.name().value()) + c.condition().map(x -> " when " + cond(x)).orElse(""),
            start(c.pos()), headEnd);
        clause(indent, "because", c.because());
      } else if (item instanceof Ast.TestDecl t) {
        test(indent, t);
      } else {
        throw new IllegalArgumentException("unknown definition item " + item);
      }
    }

    private void clause(int indent, String keyword, Optional<Ast.Text> text) {
      text.ifPresent(t -> emit(indent + CONTINUATION, keyword + " " + quote(t.value()), t.pos()));
    }

    private static String setting(Ast.Setting s) {
      return switch (s.key()) {
        case "version", "source", "description" -> s.key() + " " + quote(s.value());
        case "unknown" -> "unknown as " + s.value();
        case "progress" -> "progress " + s.value();
        case "score" -> "score " + s.value();
        default -> throw new IllegalArgumentException("unknown setting " + s.key());
      };
    }

    private void dimension(int indent, Ast.DimensionDecl d) {
      emit(indent, "dimension " + d.id().text() + d.title().map(t -> " " + quote(t.value())).orElse("")
          + d.weight().map(w -> " weight " + w.text()).orElse("") + " = " + value(d.value()), d.pos());
    }

    private static String value(Ast.ValueExpr v) {
      if (v instanceof Ast.GradeOf g) {
        return "grade of " + g.component().text();
      } else if (v instanceof Ast.Constant c) {
        return c.value().text();
      }
      Ast.Choice c = (Ast.Choice) v;
      StringBuilder out = new StringBuilder();
      for (Ast.Case k : c.cases()) {
        out.append(k.value().text()).append(" when ");
        cond(out, k.condition());
        out.append(", ");
      }
      return out.append("else ").append(c.otherwise().text()).toString();
    }

    private void test(int indent, Ast.TestDecl t) {
      emit(indent, "test " + quote(t.name().value()) + " {", start(t.pos()), end(t.name().pos()));
      if (t.release().isPresent()) {
        Ast.TestRelease release = t.release().get();
        if (release instanceof Ast.ReleaseFile f) {
          emit(indent + 1, "release " + quote(f.path().value()), f.path().pos());
        } else {
          Ast.InlineRelease r = (Ast.InlineRelease) release;
          emit(indent + 1, "release {", start(r.pos()), start(r.pos()));
          for (Ast.InlineItem i : r.items()) {
            emit(indent + 2, inline(i), i.pos());
          }
          close(indent + 1, r.pos());
        }
      }
      for (Ast.Expectation e : t.expectations()) {
        emit(indent + 1, "expect " + expectation(e), e.pos());
      }
      close(indent, t.pos());
    }

    private static String inline(Ast.InlineItem i) {
      return switch (i.key()) {
        case "name" -> "name " + quote(i.text().orElseThrow().value());
        case "licenses" -> "licenses " + i.names().get(0).text() + " " + quote(i.text().orElseThrow().value());
        case "fact" -> "fact " + i.names().get(0).text() + " "
            + i.text().map(t -> quote(t.value())).orElseGet(() -> i.literal().orElseThrow());
        case "component" -> i.names().get(0).text() + " " + i.names().get(1).text()
            + i.text().map(t -> " license " + quote(t.value())).orElse("")
            + i.grade().map(g -> " grade " + g.text()).orElse("");
        default -> throw new IllegalArgumentException("unknown inline release statement " + i.key());
      };
    }

    private static String expectation(Ast.Expectation e) {
      return switch (e.kind()) {
        case "passed", "failed", "undetermined" -> e.kind();
        case "tier", "category" -> e.kind() + " " + e.text().map(t -> quote(t.value())).orElse("none");
        case "score" -> "score " + e.number().orElseThrow().text();
        case "satisfied", "violated", "unknown" -> e.kind() + " " + e.names().stream()
            .map(n -> n.text().matches("[A-Za-z_][A-Za-z0-9_.+\\-]*") ? n.text() : quote(n.text()))
            .collect(Collectors.joining(", "));
        case "warning" -> "warning " + e.names().get(0).text();
        default -> throw new IllegalArgumentException("unknown expectation " + e.kind());
      };
    }

    // ---- conditions -------------------------------------------------------------------------------------------

    // Expressions are appended to one builder, and chains of binary operators (the left-nested trees that
    // 'a and b and c' parses to) are walked in a loop, so that long conditions print in linear time and without
    // deep recursion.

    private static String cond(Ast.Cond c) {
      StringBuilder out = new StringBuilder();
      cond(out, c);
      return out.toString();
    }

    private static void cond(StringBuilder out, Ast.Cond c) {
      Deque<Map.Entry<String, Ast.Cond>> rights = new ArrayDeque<>();
      Ast.Cond left = c;
      while (true) {
        if (left instanceof Ast.AndCond a) {
          rights.push(Map.entry(" and ", a.right()));
          left = a.left();
        } else if (left instanceof Ast.OrCond o) {
          rights.push(Map.entry(" or ", o.right()));
          left = o.left();
        } else if (left instanceof Ast.NotCond n) {
          out.append("not ");
          left = n.operand();
        } else {
          break;
        }
      }
      if (left instanceof Ast.ParenCond p) {
        out.append('(');
        cond(out, p.inner());
        out.append(')');
      } else if (left instanceof Ast.ComponentCond cc) {
        selection(out, cc.selection());
        out.append(' ');
        test(out, cc.test());
      } else if (left instanceof Ast.FactCond f) {
        out.append("fact ").append(f.key().text()).append(factTest(f));
      } else if (left instanceof Ast.HasBase) {
        out.append("has base");
      } else if (left instanceof Ast.BaseCond b) {
        out.append("base (");
        cond(out, b.condition());
        out.append(')');
      } else if (left instanceof Ast.BoolCond b) {
        out.append(b.value() ? "true" : "false");
      } else {
        throw new IllegalArgumentException("unknown condition " + left);
      }
      while (!rights.isEmpty()) {
        Map.Entry<String, Ast.Cond> right = rights.pop();
        out.append(right.getKey());
        cond(out, right.getValue());
      }
    }

    private static String factTest(Ast.FactCond f) {
      return switch (f.op()) {
        case "true" -> "";
        case "known" -> " is known";
        case "is" -> " is " + f.literal().orElseThrow();
        case "is-text" -> " is " + quote(f.literal().orElseThrow());
        default -> " " + f.op() + " " + f.literal().orElseThrow();
      };
    }

    private static void selection(StringBuilder out, Ast.Selection s) {
      switch (s.quantifier()) {
        case "one" -> out.append(s.kinds().get(0).text());
        case "all", "any", "at-least" -> {
          out.append(s.quantifier().equals("at-least") ? "at least " + s.count() : s.quantifier());
          if (s.group().isPresent()) {
            out.append(' ').append(s.group().get().text()).append(" components");
          } else {
            out.append(" of ").append(list(s.kinds(), Ast.Name::text));
          }
        }
        default -> throw new IllegalArgumentException("unknown quantifier " + s.quantifier());
      }
      s.verb().ifPresent(v -> out.append(' ').append(v));
    }

    private static void test(StringBuilder out, Ast.CompTest t) {
      Deque<Map.Entry<String, Ast.CompTest>> rights = new ArrayDeque<>();
      Ast.CompTest left = t;
      while (true) {
        if (left instanceof Ast.AndTest a) {
          rights.push(Map.entry(" and ", a.right()));
          left = a.left();
        } else if (left instanceof Ast.OrTest o) {
          rights.push(Map.entry(" or ", o.right()));
          left = o.left();
        } else if (left instanceof Ast.WithTest w && !w.parts().isEmpty()) {
          for (int i = w.parts().size() - 1; i > 0; i--) {
            rights.push(Map.entry(" with ", w.parts().get(i)));
          }
          left = w.parts().get(0);
        } else if (left instanceof Ast.NotTest n) {
          out.append("not ");
          left = n.operand();
        } else {
          break;
        }
      }
      if (left instanceof Ast.ParenTest p) {
        out.append('(');
        test(out, p.inner());
        out.append(')');
      } else if (left instanceof Ast.LicenseTest l) {
        out.append("license ");
        lic(out, l.test());
      } else if (left instanceof Ast.AvailabilityTest a) {
        out.append("availability in ").append(list(a.values(), Ast.Name::text));
      } else if (left instanceof Ast.GradeTest g) {
        out.append("grade at least ").append(g.grade().text());
      } else if (left instanceof Ast.DisclosesTest d) {
        out.append("discloses ").append(list(d.aspects(), Ast.Name::text));
      } else if (left instanceof Ast.WordTest w) {
        out.append(w.word().text());
      } else {
        throw new IllegalArgumentException("unknown component test " + left);
      }
      while (!rights.isEmpty()) {
        Map.Entry<String, Ast.CompTest> right = rights.pop();
        out.append(right.getKey());
        test(out, right.getValue());
      }
    }

    private static String lic(Ast.Lic l) {
      StringBuilder out = new StringBuilder();
      lic(out, l);
      return out.toString();
    }

    private static void lic(StringBuilder out, Ast.Lic l) {
      Deque<Map.Entry<String, Ast.Lic>> rights = new ArrayDeque<>();
      Ast.Lic left = l;
      while (true) {
        if (left instanceof Ast.AndLic a) {
          rights.push(Map.entry(" and ", a.right()));
          left = a.left();
        } else if (left instanceof Ast.OrLic o) {
          rights.push(Map.entry(" or ", o.right()));
          left = o.left();
        } else if (left instanceof Ast.NotLic n) {
          out.append("not ");
          left = n.operand();
        } else {
          break;
        }
      }
      if (left instanceof Ast.ParenLic p) {
        out.append('(');
        lic(out, p.inner());
        out.append(')');
      } else if (left instanceof Ast.HasLic h) {
        out.append("has ").append(h.trait().text());
      } else if (left instanceof Ast.KindLic k) {
        out.append(k.list() ? "kind in " + list(k.kinds(), Ast.Name::text) : "kind " + k.kinds().get(0).text());
      } else if (left instanceof Ast.SuitedLic s) {
        out.append("suited").append(s.type().map(t -> " to " + t.text()).orElse(""));
      } else if (left instanceof Ast.InLic in) {
        List<Object> members = new ArrayList<>(in.order());
        if (members.isEmpty()) { // a tree built by hand may leave the order out: ids first, then texts
          members.addAll(in.ids());
          members.addAll(in.texts());
        }
        out.append("in ").append(list(members, Printer::licItem));
      } else if (left instanceof Ast.NamedLic n) {
        out.append(n.name().text());
      } else {
        throw new IllegalArgumentException("unknown licence test " + left);
      }
      while (!rights.isEmpty()) {
        Map.Entry<String, Ast.Lic> right = rights.pop();
        out.append(right.getKey());
        lic(out, right.getValue());
      }
    }

    private static String licItem(Object member) {
      if (member instanceof Ast.Name n) {
        return n.text();
      } else if (member instanceof Ast.Text t) {
        return quote(t.value());
      }
      throw new IllegalArgumentException("unknown licence list member " + member);
    }

    // ---- small pieces -----------------------------------------------------------------------------------------

    private static <T> String list(List<T> items, Function<? super T, String> show) {
      return items.stream().map(show).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String names(List<Ast.Name> names) {
      return names.stream().map(Ast.Name::text).collect(Collectors.joining(", "));
    }

    private static int start(Pos pos) {
      return pos.span().line();
    }

    private static int end(Pos pos) {
      return pos.span().endLine();
    }
  }
}
