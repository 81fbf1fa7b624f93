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
 *   <li>A line that would be longer than 120 columns is broken, at the first of these that has a place
 *       to break: a chain of {@code or} (in a condition, a component test or a licence test) breaks before each
 *       {@code or}; an operand still too long breaks before each of its {@code and}, then each of its {@code with};
 *       the same, inside parentheses, for a parenthesised chain that is still too long; a choice of values
 *       ({@code dimension}) puts each case and its {@code else} on a line of its own; a list ({@code [a, b, c]},
 *       and the lists without brackets) breaks after commas, with as many items on each line as fit. The line after
 *       a break starts with the operator (or the next item), indented 4 spaces more than the line the broken
 *       expression starts on (so a rule's continuation lines are indented as its {@code because}). A
 *       {@code require ... when ...} that does not fit breaks before {@code when} first, as if {@code when} were the
 *       outermost operator. Text in quotes
 *       is never split, so a line with nowhere to break (or long parts) stays long.
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
  /** The width that lines keep within where they can be broken. */
  static final int WIDTH = 120;
  /** How many columns further in than its first line a broken expression's continuation lines start. */
  private static final int WRAP = 4;

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

    /** Prints a line of code, broken into several where it is too long, standing for source lines start to end. */
    private void emit(int indent, Doc doc, int start, int end) {
      emit(indent, Doc.render(doc, indent * INDENT.length(), WIDTH), start, end);
    }

    /** Prints a line of code, broken into several where it is too long, that stands for one node. */
    private void emit(int indent, Doc doc, Pos node) {
      emit(indent, doc, node.span().line(), node.span().endLine());
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

    private static Doc licenseField(Ast.LicenseField f) {
      Doc names = names(f.names());
      return switch (f.key()) {
        case "url" -> Doc.text("url " + quote(f.text().orElseThrow().value()));
        case "kind" -> Doc.cat(Doc.text("kind "), names);
        case "suited" -> Doc.cat(Doc.text("suited to "), names);
        case "traits" -> Doc.cat(Doc.text("traits "), names);
        case "users" -> Doc.text("users " + f.number().orElseThrow().text());
        case "excluded" -> Doc.cat(Doc.text("excluded "), names);
        case "osi-approved" -> Doc.text("osi-approved-by-declaration");
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
        emit(indent, Doc.cat(Doc.text("licenses " + l.name().text() + " = "), lic(l.test())), l.pos());
      } else if (item instanceof Ast.Drop d) {
        emit(indent, "drop " + d.id().text(), d.pos());
      } else if (item instanceof Ast.Require r) {
        int headEnd = Math.max(end(r.condition().pos()), r.when().map(w -> end(w.pos())).orElse(0));
        Doc head = Doc.cat(Doc.text("require " + r.id().map(i -> i.text() + ": ").orElse("")), cond(r.condition()));
        emit(indent, r.when().map(w -> (Doc) new Doc.Group(new Doc.Nest(WRAP,
            Doc.cat(head, Doc.LINE, Doc.text("when "), cond(w))))).orElse(head), start(r.pos()), headEnd);
        clause(indent, "because", r.because());
        clause(indent, "remedy", r.remedy());
      } else if (item instanceof Ast.Warn w) {
        emit(indent, Doc.cat(Doc.text("warn " + w.id().map(i -> i.text() + ": ").orElse("") + "unless "),
            cond(w.condition())),
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
        emit(indent, Doc.cat(Doc.text("category " + quote(c.name().value())),
            c.condition().map(x -> Doc.cat(Doc.text(" when "), cond(x))).orElse(Doc.text(""))),
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
      String head = "dimension " + d.id().text() + d.title().map(t -> " " + quote(t.value())).orElse("")
          + d.weight().map(w -> " weight " + w.text()).orElse("") + " =";
      emit(indent, value(head, d.value()), d.pos());
    }

    /**
     * A dimension's head and value. A choice that does not fit on the line puts each case, and the {@code else},
     * on a continuation line of its own.
     */
    private static Doc value(String head, Ast.ValueExpr v) {
      if (v instanceof Ast.GradeOf g) {
        return Doc.text(head + " grade of " + g.component().text());
      } else if (v instanceof Ast.Constant c) {
        return Doc.text(head + " " + c.value().text());
      }
      Ast.Choice c = (Ast.Choice) v;
      List<Doc> parts = new ArrayList<>();
      parts.add(Doc.text(head));
      for (Ast.Case k : c.cases()) {
        parts.add(Doc.LINE);
        parts.add(Doc.cat(Doc.text(k.value().text() + " when "), cond(k.condition()), Doc.text(",")));
      }
      parts.add(Doc.LINE);
      parts.add(Doc.text("else " + c.otherwise().text()));
      return new Doc.Group(new Doc.Nest(WRAP, new Doc.Cat(parts)));
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
        emit(indent + 1, Doc.cat(Doc.text("expect "), expectation(e)), e.pos());
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

    private static Doc expectation(Ast.Expectation e) {
      return switch (e.kind()) {
        case "passed", "failed", "undetermined" -> Doc.text(e.kind());
        case "tier", "category" -> Doc.text(e.kind() + " " + e.text().map(t -> quote(t.value())).orElse("none"));
        case "score" -> Doc.text("score " + e.number().orElseThrow().text());
        case "satisfied", "violated", "unknown" -> Doc.cat(Doc.text(e.kind() + " "), fill(e.names().stream()
            .map(n -> n.text().matches("[A-Za-z_][A-Za-z0-9_.+\\-]*") ? n.text() : quote(n.text())).toList(), "", ""));
        case "warning" -> Doc.text("warning " + e.names().get(0).text());
        default -> throw new IllegalArgumentException("unknown expectation " + e.kind());
      };
    }

    // ---- conditions ---------------------------------------------------------------------------------------------

    // Expressions become layout documents (see Doc). Chains of binary operators (the left-nested trees that
    // 'a and b and c' parses to) are walked in a loop, so that long conditions print in linear time and without
    // deep recursion; the operands of a chain are then grouped by operator, 'or' outermost, then 'and', then
    // 'with', so that a chain too long for its line breaks first before each 'or', then before each 'and' of an
    // operand that is still too long. A break starts a line that begins with the operator, WRAP columns further in
    // than the line the chain starts on.

    private static final String[] COND_OPS = {"or", "and"};
    private static final String[] TEST_OPS = {"or", "and", "with"};

    private static Doc cond(Ast.Cond c) {
      Deque<Map.Entry<String, Ast.Cond>> rights = new ArrayDeque<>();
      Ast.Cond left = c;
      int nots = 0;
      while (true) {
        if (left instanceof Ast.AndCond a) {
          rights.push(Map.entry("and", a.right()));
          left = a.left();
        } else if (left instanceof Ast.OrCond o) {
          rights.push(Map.entry("or", o.right()));
          left = o.left();
        } else if (left instanceof Ast.NotCond n) {
          nots++;
          left = n.operand();
        } else {
          break;
        }
      }
      Doc first;
      if (left instanceof Ast.ParenCond p) {
        first = Doc.cat(Doc.text("("), cond(p.inner()), Doc.text(")"));
      } else if (left instanceof Ast.ComponentCond cc) {
        first = Doc.cat(selection(cc.selection()), Doc.text(" "), test(cc.test()));
      } else if (left instanceof Ast.FactCond f) {
        first = Doc.text("fact " + f.key().text() + factTest(f));
      } else if (left instanceof Ast.HasBase) {
        first = Doc.text("has base");
      } else if (left instanceof Ast.BaseCond b) {
        first = Doc.cat(Doc.text("base ("), cond(b.condition()), Doc.text(")"));
      } else if (left instanceof Ast.BoolCond b) {
        first = Doc.text(b.value() ? "true" : "false");
      } else {
        throw new IllegalArgumentException("unknown condition " + left);
      }
      List<Doc> items = new ArrayList<>(rights.size() + 1);
      List<String> ops = new ArrayList<>(rights.size() + 1);
      items.add(nots == 0 ? first : Doc.cat(Doc.text("not ".repeat(nots)), first));
      ops.add("");
      while (!rights.isEmpty()) {
        Map.Entry<String, Ast.Cond> right = rights.pop();
        ops.add(right.getKey());
        items.add(cond(right.getValue()));
      }
      return chain(items, ops, COND_OPS, 0);
    }

    /**
     * Lays out a chain: {@code items} joined by {@code ops} ({@code ops.get(i)} comes before {@code items.get(i)}),
     * grouped by the operators from {@code levels[level]} on.
     */
    private static Doc chain(List<Doc> items, List<String> ops, String[] levels, int level) {
      if (items.size() == 1) {
        return items.get(0);
      }
      List<Doc> parts = new ArrayList<>();
      if (level >= levels.length) { // only for operators outside the levels: one group
        for (int i = 0; i < items.size(); i++) {
          if (i > 0) {
            parts.add(Doc.LINE);
            parts.add(Doc.text(ops.get(i) + " "));
          }
          parts.add(items.get(i));
        }
        return new Doc.Group(new Doc.Nest(WRAP, new Doc.Cat(parts)));
      }
      int from = 0;
      for (int i = 1; i <= items.size(); i++) {
        if (i == items.size() || ops.get(i).equals(levels[level])) {
          if (from > 0) {
            parts.add(Doc.LINE);
            parts.add(Doc.text(levels[level] + " "));
          }
          parts.add(chain(items.subList(from, i), ops.subList(from, i), levels, level + 1));
          from = i;
        }
      }
      return parts.size() == 1 ? parts.get(0) : new Doc.Group(new Doc.Nest(WRAP, new Doc.Cat(parts)));
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

    private static Doc selection(Ast.Selection s) {
      String verb = s.verb().map(v -> " " + v).orElse("");
      switch (s.quantifier()) {
        case "one" -> {
          return Doc.text(s.kinds().get(0).text() + verb);
        }
        case "all", "any", "at-least" -> {
          String quantifier = s.quantifier().equals("at-least") ? "at least " + s.count() : s.quantifier();
          if (s.group().isPresent()) {
            return Doc.text(quantifier + " " + s.group().get().text() + " components" + verb);
          }
          return Doc.cat(Doc.text(quantifier + " of "), list(s.kinds(), Ast.Name::text), Doc.text(verb));
        }
        default -> throw new IllegalArgumentException("unknown quantifier " + s.quantifier());
      }
    }

    private static Doc test(Ast.CompTest t) {
      Deque<Map.Entry<String, Ast.CompTest>> rights = new ArrayDeque<>();
      Ast.CompTest left = t;
      int nots = 0;
      while (true) {
        if (left instanceof Ast.AndTest a) {
          rights.push(Map.entry("and", a.right()));
          left = a.left();
        } else if (left instanceof Ast.OrTest o) {
          rights.push(Map.entry("or", o.right()));
          left = o.left();
        } else if (left instanceof Ast.WithTest w && !w.parts().isEmpty()) {
          for (int i = w.parts().size() - 1; i > 0; i--) {
            rights.push(Map.entry("with", w.parts().get(i)));
          }
          left = w.parts().get(0);
        } else if (left instanceof Ast.NotTest n) {
          nots++;
          left = n.operand();
        } else {
          break;
        }
      }
      Doc first;
      if (left instanceof Ast.ParenTest p) {
        first = Doc.cat(Doc.text("("), test(p.inner()), Doc.text(")"));
      } else if (left instanceof Ast.LicenseTest l) {
        first = Doc.cat(Doc.text("license "), lic(l.test()));
      } else if (left instanceof Ast.AvailabilityTest a) {
        first = Doc.cat(Doc.text("availability in "), list(a.values(), Ast.Name::text));
      } else if (left instanceof Ast.GradeTest g) {
        first = Doc.text("grade at least " + g.grade().text());
      } else if (left instanceof Ast.DisclosesTest d) {
        first = Doc.cat(Doc.text("discloses "), list(d.aspects(), Ast.Name::text));
      } else if (left instanceof Ast.WordTest w) {
        first = Doc.text(w.word().text());
      } else {
        throw new IllegalArgumentException("unknown component test " + left);
      }
      List<Doc> items = new ArrayList<>(rights.size() + 1);
      List<String> ops = new ArrayList<>(rights.size() + 1);
      items.add(nots == 0 ? first : Doc.cat(Doc.text("not ".repeat(nots)), first));
      ops.add("");
      while (!rights.isEmpty()) {
        Map.Entry<String, Ast.CompTest> right = rights.pop();
        ops.add(right.getKey());
        items.add(test(right.getValue()));
      }
      return chain(items, ops, TEST_OPS, 0);
    }

    private static Doc lic(Ast.Lic l) {
      Deque<Map.Entry<String, Ast.Lic>> rights = new ArrayDeque<>();
      Ast.Lic left = l;
      int nots = 0;
      while (true) {
        if (left instanceof Ast.AndLic a) {
          rights.push(Map.entry("and", a.right()));
          left = a.left();
        } else if (left instanceof Ast.OrLic o) {
          rights.push(Map.entry("or", o.right()));
          left = o.left();
        } else if (left instanceof Ast.NotLic n) {
          nots++;
          left = n.operand();
        } else {
          break;
        }
      }
      Doc first;
      if (left instanceof Ast.ParenLic p) {
        first = Doc.cat(Doc.text("("), lic(p.inner()), Doc.text(")"));
      } else if (left instanceof Ast.HasLic h) {
        first = Doc.text("has " + h.trait().text());
      } else if (left instanceof Ast.KindLic k) {
        first = k.list() ? Doc.cat(Doc.text("kind in "), list(k.kinds(), Ast.Name::text))
            : Doc.text("kind " + k.kinds().get(0).text());
      } else if (left instanceof Ast.SuitedLic s) {
        first = Doc.text("suited" + s.type().map(x -> " to " + x.text()).orElse(""));
      } else if (left instanceof Ast.InLic in) {
        List<Object> members = new ArrayList<>(in.order());
        if (members.isEmpty()) { // a tree built by hand may leave the order out: ids first, then texts
          members.addAll(in.ids());
          members.addAll(in.texts());
        }
        first = Doc.cat(Doc.text("in "), list(members, Printer::licItem));
      } else if (left instanceof Ast.NamedLic n) {
        first = Doc.text(n.name().text());
      } else {
        throw new IllegalArgumentException("unknown licence test " + left);
      }
      List<Doc> items = new ArrayList<>(rights.size() + 1);
      List<String> ops = new ArrayList<>(rights.size() + 1);
      items.add(nots == 0 ? first : Doc.cat(Doc.text("not ".repeat(nots)), first));
      ops.add("");
      while (!rights.isEmpty()) {
        Map.Entry<String, Ast.Lic> right = rights.pop();
        ops.add(right.getKey());
        items.add(lic(right.getValue()));
      }
      return chain(items, ops, COND_OPS, 0);
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

    /** A list in brackets, {@code [a, b, c]}, broken after commas where it does not fit. */
    private static <T> Doc list(List<T> items, Function<? super T, String> show) {
      return fill(items.stream().map(show).toList(), "[", "]");
    }

    /** A list without brackets, {@code a, b, c}, broken after commas where it does not fit. */
    private static Doc names(List<Ast.Name> names) {
      return fill(names.stream().map(Ast.Name::text).toList(), "", "");
    }

    /** Items separated by commas, as many on each line as fit; continuation lines are WRAP columns further in. */
    private static Doc fill(List<String> items, String open, String close) {
      if (items.isEmpty()) {
        return Doc.text(open + close);
      }
      List<Doc> parts = new ArrayList<>(2 * items.size());
      for (int i = 0; i < items.size(); i++) {
        boolean last = i == items.size() - 1;
        if (i > 0) {
          parts.add(Doc.LINE);
        }
        parts.add(Doc.text((i == 0 ? open : "") + items.get(i) + (last ? close : ",")));
      }
      return new Doc.Nest(WRAP, new Doc.Fill(parts));
    }

    private static int start(Pos pos) {
      return pos.span().line();
    }

    private static int end(Pos pos) {
      return pos.span().endLine();
    }
  }
}
