package dev.shades.dsl.format;

import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.ast.Ast;
import dev.shades.dsl.ast.Pos;
import dev.shades.dsl.parser.PolicyParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints a policy file in its one canonical layout. Formatting is a function of the tree and its comments only:
 * however a file was laid out, equal trees with the same comments print the same text.
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
 *       ({@code version}, {@code source}, {@code description}, {@code unknown as}, {@code progress}), licence
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
 * Every comment is kept, in its original order. Each printed line stands for the source lines its nodes came from
 * (by their positions). A comment that stands on its own line is printed on its own line just before the first
 * printed line whose source ends after it, at that line's indentation (before a closing brace: at the
 * indentation of the block's body). A comment that followed code on its line stays at the end of the printed line
 * that ends on that source line. A comment inside a construct printed as one line (say, between the two halves of
 * an {@code and} written on two lines) goes on its own line before that construct. Comments after the last item
 * go at the end, after a blank line.
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

  /** One printed line: code or a comment on its own line, with an optional comment at its end. */
  private static final class Line {
    final int indent;
    final String text;
    String trailing;

    Line(int indent, String text) {
      this.indent = indent;
      this.text = text;
    }

    boolean blank() {
      return text.isEmpty();
    }
  }

  /** Prints one file; comments are handed out in source order as the printed lines pass them. */
  private static final class Printer {
    private final List<Ast.Comment> comments;
    private final List<Line> lines = new ArrayList<>();
    private int nextComment;
    /** The last printed line of code (not a comment, not blank), or null. */
    private Line lastCode;
    /** The source line on which {@link #lastCode} ends. */
    private int lastCodeEnd = -1;

    Printer(List<Ast.Comment> comments) {
      List<Ast.Comment> sorted = new ArrayList<>(comments);
      sorted.sort(Comparator.comparingInt(Ast.Comment::line));
      this.comments = sorted;
    }

    // ---- lines and comments -----------------------------------------------------------------------------------

    /**
     * Prints a line of code whose source ends on {@code sourceEnd}: first every comment that comes before that
     * source line (at the end of the previous line of code if it trailed that line, else on its own line).
     */
    private void emit(int indent, String text, int sourceEnd) {
      emit(indent, text, sourceEnd, indent);
    }

    /** Prints the {@code }} of a block at {@code indent}; comments before it are indented as the body. */
    private void close(int indent, Pos block) {
      emit(indent, "}", block.span().endLine(), indent + 1);
    }

    private void emit(int indent, String text, int sourceEnd, int commentIndent) {
      flushBefore(sourceEnd, commentIndent);
      Line line = new Line(indent, text);
      lines.add(line);
      lastCode = line;
      lastCodeEnd = sourceEnd;
    }

    private void flushBefore(int sourceLine, int indent) {
      while (nextComment < comments.size() && comments.get(nextComment).line() < sourceLine) {
        place(comments.get(nextComment++), indent);
      }
    }

    private void place(Ast.Comment c, int indent) {
      if (!c.ownLine() && lastCode != null && c.line() == lastCodeEnd && lastCode.trailing == null) {
        lastCode.trailing = c.text();
      } else {
        lines.add(new Line(indent, c.text()));
      }
    }

    private void blank() {
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).blank()) {
        lines.add(new Line(0, ""));
      }
    }

    private String finish() {
      List<Ast.Comment> rest = comments.subList(nextComment, comments.size());
      boolean separated = false;
      for (Ast.Comment c : rest) {
        boolean trails = !c.ownLine() && lastCode != null && c.line() == lastCodeEnd && lastCode.trailing == null;
        if (!trails && !separated) {
          blank();
          separated = true;
        }
        place(c, 0);
      }
      nextComment = comments.size();
      StringBuilder out = new StringBuilder();
      for (Line line : lines) {
        if (!line.blank()) {
          out.append(INDENT.repeat(line.indent)).append(line.text);
          if (line.trailing != null) {
            out.append(' ').append(line.trailing);
          }
        }
        out.append('\n');
      }
      return out.toString();
    }

    // ---- the file and its items -------------------------------------------------------------------------------

    String file(Ast.PolicyFile file) {
      emit(0, "shades " + file.version().text(), end(file.version().pos()));
      if (!file.imports().isEmpty()) {
        blank();
        for (Ast.Import i : file.imports()) {
          emit(0, "import " + quote(i.path().value()), end(i.pos()));
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
            + k.description().map(d -> " " + quote(d.value())).orElse(""), end(k.pos()));
      } else if (item instanceof Ast.LicenseDecl l) {
        emit(0, "license " + l.id().text() + " " + quote(l.title().value()) + " {",
            Math.max(end(l.id().pos()), end(l.title().pos())));
        for (Ast.LicenseField f : l.fields()) {
          emit(1, licenseField(f), end(f.pos()));
        }
        close(0, l.pos());
      } else if (item instanceof Ast.DefinitionDecl d) {
        int headerEnd = end(d.id().pos());
        headerEnd = Math.max(headerEnd, d.title().map(t -> end(t.pos())).orElse(0));
        headerEnd = Math.max(headerEnd, d.parent().map(p -> end(p.pos())).orElse(0));
        emit(0, "definition " + d.id().text() + d.title().map(t -> " " + quote(t.value())).orElse("")
            + d.parent().map(p -> " extends " + p.text()).orElse("") + " {", headerEnd);
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
        emit(indent, setting(s), end(s.pos()));
      } else if (item instanceof Ast.LicenseSet l) {
        emit(indent, "licenses " + l.name().text() + " = " + lic(l.test()), end(l.pos()));
      } else if (item instanceof Ast.Drop d) {
        emit(indent, "drop " + d.id().text(), end(d.pos()));
      } else if (item instanceof Ast.Require r) {
        int headEnd = Math.max(end(r.condition().pos()), r.when().map(w -> end(w.pos())).orElse(0));
        emit(indent, "require " + r.id().map(i -> i.text() + ": ").orElse("") + cond(r.condition())
            + r.when().map(w -> " when " + cond(w)).orElse(""), headEnd);
        clause(indent, "because", r.because());
        clause(indent, "remedy", r.remedy());
      } else if (item instanceof Ast.Warn w) {
        emit(indent, "warn " + w.id().map(i -> i.text() + ": ").orElse("") + "unless " + cond(w.condition()),
            end(w.condition().pos()));
        clause(indent, "because", w.because());
      } else if (item instanceof Ast.TierDecl t) {
        int headerEnd = Math.max(end(t.name().pos()), t.parent().map(p -> end(p.pos())).orElse(0));
        emit(indent, "tier " + quote(t.name().value()) + t.parent().map(p -> " extends " + quote(p.value()))
            .orElse("") + " {", headerEnd);
        body(indent + 1, t.rules());
        close(indent, t.pos());
      } else if (item instanceof Ast.ScoreDecl s) {
        emit(indent, "score {", s.pos().span().line());
        for (Ast.ScoreEntry e : s.entries()) {
          if (e instanceof Ast.Group g) {
            emit(indent + 1, "group " + quote(g.name().value()) + " {", end(g.name().pos()));
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
            headEnd);
        clause(indent, "because", c.because());
      } else if (item instanceof Ast.TestDecl t) {
        test(indent, t);
      } else {
        throw new IllegalArgumentException("unknown definition item " + item);
      }
    }

    private void clause(int indent, String keyword, Optional<Ast.Text> text) {
      text.ifPresent(t -> emit(indent + CONTINUATION, keyword + " " + quote(t.value()), end(t.pos())));
    }

    private static String setting(Ast.Setting s) {
      return switch (s.key()) {
        case "version", "source", "description" -> s.key() + " " + quote(s.value());
        case "unknown" -> "unknown as " + s.value();
        case "progress" -> "progress " + s.value();
        default -> throw new IllegalArgumentException("unknown setting " + s.key());
      };
    }

    private void dimension(int indent, Ast.DimensionDecl d) {
      emit(indent, "dimension " + d.id().text() + d.title().map(t -> " " + quote(t.value())).orElse("")
          + d.weight().map(w -> " weight " + w.text()).orElse("") + " = " + value(d.value()), end(d.pos()));
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
        out.append(k.value().text()).append(" when ").append(cond(k.condition())).append(", ");
      }
      return out.append("else ").append(c.otherwise().text()).toString();
    }

    private void test(int indent, Ast.TestDecl t) {
      emit(indent, "test " + quote(t.name().value()) + " {", end(t.name().pos()));
      if (t.release().isPresent()) {
        Ast.TestRelease release = t.release().get();
        if (release instanceof Ast.ReleaseFile f) {
          emit(indent + 1, "release " + quote(f.path().value()), end(f.path().pos()));
        } else {
          Ast.InlineRelease r = (Ast.InlineRelease) release;
          emit(indent + 1, "release {", r.pos().span().line());
          for (Ast.InlineItem i : r.items()) {
            emit(indent + 2, inline(i), end(i.pos()));
          }
          close(indent + 1, r.pos());
        }
      }
      for (Ast.Expectation e : t.expectations()) {
        emit(indent + 1, "expect " + expectation(e), end(e.pos()));
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
        case "satisfied", "violated", "unknown" -> e.kind() + " " + names(e.names());
        case "warning" -> "warning " + e.names().get(0).text();
        default -> throw new IllegalArgumentException("unknown expectation " + e.kind());
      };
    }

    // ---- conditions -------------------------------------------------------------------------------------------

    private static String cond(Ast.Cond c) {
      if (c instanceof Ast.NotCond n) {
        return "not " + cond(n.operand());
      } else if (c instanceof Ast.AndCond a) {
        return cond(a.left()) + " and " + cond(a.right());
      } else if (c instanceof Ast.OrCond o) {
        return cond(o.left()) + " or " + cond(o.right());
      } else if (c instanceof Ast.ParenCond p) {
        return "(" + cond(p.inner()) + ")";
      } else if (c instanceof Ast.ComponentCond cc) {
        return selection(cc.selection()) + " " + test(cc.test());
      } else if (c instanceof Ast.FactCond f) {
        return "fact " + f.key().text() + factTest(f);
      } else if (c instanceof Ast.HasBase) {
        return "has base";
      } else if (c instanceof Ast.BaseCond b) {
        return "base (" + cond(b.condition()) + ")";
      } else if (c instanceof Ast.BoolCond b) {
        return b.value() ? "true" : "false";
      }
      throw new IllegalArgumentException("unknown condition " + c);
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

    private static String selection(Ast.Selection s) {
      String verb = s.verb().map(v -> " " + v).orElse("");
      String quantifier = switch (s.quantifier()) {
        case "one" -> null;
        case "all", "any" -> s.quantifier();
        case "at-least" -> "at least " + s.count();
        default -> throw new IllegalArgumentException("unknown quantifier " + s.quantifier());
      };
      if (quantifier == null) {
        return s.kinds().get(0).text() + verb;
      }
      if (s.group().isPresent()) {
        return quantifier + " " + s.group().get().text() + " components" + verb;
      }
      return quantifier + " of " + list(s.kinds(), Ast.Name::text) + verb;
    }

    private static String test(Ast.CompTest t) {
      if (t instanceof Ast.NotTest n) {
        return "not " + test(n.operand());
      } else if (t instanceof Ast.AndTest a) {
        return test(a.left()) + " and " + test(a.right());
      } else if (t instanceof Ast.OrTest o) {
        return test(o.left()) + " or " + test(o.right());
      } else if (t instanceof Ast.WithTest w) {
        return w.parts().stream().map(Printer::test).collect(Collectors.joining(" with "));
      } else if (t instanceof Ast.ParenTest p) {
        return "(" + test(p.inner()) + ")";
      } else if (t instanceof Ast.LicenseTest l) {
        return "license " + lic(l.test());
      } else if (t instanceof Ast.AvailabilityTest a) {
        return "availability in " + list(a.values(), Ast.Name::text);
      } else if (t instanceof Ast.GradeTest g) {
        return "grade at least " + g.grade().text();
      } else if (t instanceof Ast.DisclosesTest d) {
        return "discloses " + list(d.aspects(), Ast.Name::text);
      } else if (t instanceof Ast.WordTest w) {
        return w.word().text();
      }
      throw new IllegalArgumentException("unknown component test " + t);
    }

    private static String lic(Ast.Lic l) {
      if (l instanceof Ast.NotLic n) {
        return "not " + lic(n.operand());
      } else if (l instanceof Ast.AndLic a) {
        return lic(a.left()) + " and " + lic(a.right());
      } else if (l instanceof Ast.OrLic o) {
        return lic(o.left()) + " or " + lic(o.right());
      } else if (l instanceof Ast.ParenLic p) {
        return "(" + lic(p.inner()) + ")";
      } else if (l instanceof Ast.HasLic h) {
        return "has " + h.trait().text();
      } else if (l instanceof Ast.KindLic k) {
        return k.list() ? "kind in " + list(k.kinds(), Ast.Name::text) : "kind " + k.kinds().get(0).text();
      } else if (l instanceof Ast.SuitedLic s) {
        return "suited" + s.type().map(t -> " to " + t.text()).orElse("");
      } else if (l instanceof Ast.InLic in) {
        List<Object> members = new ArrayList<>(in.order());
        if (members.isEmpty()) { // a tree built by hand may leave the order out: ids first, then texts
          members.addAll(in.ids());
          members.addAll(in.texts());
        }
        return "in " + list(members, Printer::licItem);
      } else if (l instanceof Ast.NamedLic n) {
        return n.name().text();
      }
      throw new IllegalArgumentException("unknown licence test " + l);
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

    private static int end(Pos pos) {
      return pos.span().endLine();
    }
  }
}
