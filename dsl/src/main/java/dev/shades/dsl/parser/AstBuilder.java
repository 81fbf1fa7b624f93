package dev.shades.dsl.parser;

import dev.shades.core.diagnostic.SourceSpan;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.ast.Ast;
import dev.shades.dsl.ast.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds the AST from ANTLR's parse tree. Package-private: ANTLR types stay in this package. */
final class AstBuilder {
  private final SourceText source;
  private final CommonTokenStream tokens;
  /** Problems the grammar lets through but the language does not: (position, code, message). */
  final List<Object[]> problems = new ArrayList<>();

  AstBuilder(SourceText source, CommonTokenStream tokens) {
    this.source = source;
    this.tokens = tokens;
  }

  private void problem(Pos pos, String code, String message) {
    problems.add(new Object[] {pos, code, message});
  }

  // ---- positions ----------------------------------------------------------------------------------------------

  private Pos pos(ParserRuleContext ctx) {
    return pos(ctx.getStart(), ctx.getStop() == null ? ctx.getStart() : ctx.getStop());
  }

  private Pos pos(Token start, Token stop) {
    int endLine = stop.getLine();
    int endColumn = stop.getCharPositionInLine() + 1 + Math.max(0, stop.getText().length());
    if (stop.getType() == Token.EOF) {
      endColumn = stop.getCharPositionInLine() + 1;
    }
    int line = Math.max(1, start.getLine());
    return Pos.of(new SourceSpan(source.name(), line, start.getCharPositionInLine() + 1, Math.max(line, endLine),
        endColumn));
  }

  private Pos pos(TerminalNode node) {
    return pos(node.getSymbol(), node.getSymbol());
  }

  private Ast.Name name(ShadesParser.NameContext ctx) {
    return new Ast.Name(ctx.getText(), pos(ctx));
  }

  private List<Ast.Name> names(List<ShadesParser.NameContext> ctxs) {
    List<Ast.Name> out = new ArrayList<>();
    ctxs.forEach(c -> out.add(name(c)));
    return out;
  }

  private Ast.Text text(TerminalNode node) {
    return new Ast.Text(unquote(node.getText()), pos(node));
  }

  private Optional<Ast.Text> text(TerminalNode node, boolean present) {
    return present && node != null ? Optional.of(text(node)) : Optional.empty();
  }

  private Ast.Num num(TerminalNode node) {
    return new Ast.Num(node.getText(), Double.parseDouble(node.getText()), pos(node));
  }

  static String unquote(String quoted) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < quoted.length() - 1) {
        char n = quoted.charAt(++i);
        out.append(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> n;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  // ---- file ---------------------------------------------------------------------------------------------------

  Ast.PolicyFile file(ShadesParser.FileContext ctx) {
    List<Ast.Import> imports = new ArrayList<>();
    List<Ast.Item> items = new ArrayList<>();
    for (ShadesParser.ItemContext item : ctx.item()) {
      if (item.importDecl() != null) {
        imports.add(new Ast.Import(text(item.importDecl().STRING()), pos(item.importDecl())));
      } else if (item.kindDecl() != null) {
        ShadesParser.KindDeclContext k = item.kindDecl();
        items.add(new Ast.KindDecl(name(k.name(0)), text(k.STRING(0)), name(k.name(1)),
            k.STRING().size() > 1 ? Optional.of(text(k.STRING(1))) : Optional.empty(), pos(k)));
      } else if (item.licenseDecl() != null) {
        items.add(license(item.licenseDecl()));
      } else {
        items.add(definition(item.definition()));
      }
    }
    List<Ast.Comment> comments = new ArrayList<>();
    for (Token t : tokens.getTokens()) {
      if (t.getType() == ShadesLexer.COMMENT) {
        String line = source.line(t.getLine());
        boolean ownLine = line.substring(0, Math.min(line.length(), t.getCharPositionInLine())).isBlank();
        comments.add(new Ast.Comment(t.getText().stripTrailing(), t.getLine(), ownLine));
      }
    }
    return new Ast.PolicyFile(num(ctx.header().NUMBER()), imports, items, comments, pos(ctx));
  }

  private Ast.LicenseDecl license(ShadesParser.LicenseDeclContext ctx) {
    List<Ast.LicenseField> fields = new ArrayList<>();
    for (ShadesParser.LicenseFieldContext f : ctx.licenseField()) {
      Pos p = pos(f);
      if (f instanceof ShadesParser.LicenseUrlContext u) {
        fields.add(new Ast.LicenseField("url", List.of(), Optional.of(text(u.STRING())), Optional.empty(), p));
      } else if (f instanceof ShadesParser.LicenseKindContext k) {
        fields.add(new Ast.LicenseField("kind", List.of(name(k.name())), Optional.empty(), Optional.empty(), p));
      } else if (f instanceof ShadesParser.LicenseSuitedContext s) {
        fields.add(new Ast.LicenseField("suited", names(s.nameList().name()), Optional.empty(), Optional.empty(), p));
      } else if (f instanceof ShadesParser.LicenseTraitsContext t) {
        fields.add(new Ast.LicenseField("traits", names(t.nameList().name()), Optional.empty(), Optional.empty(), p));
      } else if (f instanceof ShadesParser.LicenseUsersContext u) {
        fields.add(new Ast.LicenseField("users", List.of(), Optional.empty(), Optional.of(num(u.NUMBER())), p));
      } else if (f instanceof ShadesParser.LicenseExcludedContext e) {
        fields.add(new Ast.LicenseField("excluded", names(e.nameList().name()), Optional.empty(), Optional.empty(),
            p));
      } else {
        fields.add(new Ast.LicenseField("osi-approved", List.of(), Optional.empty(), Optional.empty(), p));
      }
    }
    return new Ast.LicenseDecl(name(ctx.name()), text(ctx.STRING()), fields, pos(ctx));
  }

  private Ast.DefinitionDecl definition(ShadesParser.DefinitionContext ctx) {
    List<Ast.DefItem> items = new ArrayList<>();
    for (ShadesParser.DefItemContext item : ctx.defItem()) {
      items.add(defItem(item));
    }
    Optional<Ast.Name> parent = ctx.EXTENDS() != null ? Optional.of(name(ctx.name(1))) : Optional.empty();
    return new Ast.DefinitionDecl(name(ctx.name(0)), text(ctx.STRING(), ctx.STRING() != null), parent, items,
        pos(ctx));
  }

  private Ast.DefItem defItem(ShadesParser.DefItemContext item) {
    Pos p = pos(item);
    if (item instanceof ShadesParser.DefVersionContext v) {
      return new Ast.Setting("version", unquote(v.STRING().getText()), p);
    } else if (item instanceof ShadesParser.DefSourceContext s) {
      return new Ast.Setting("source", unquote(s.STRING().getText()), p);
    } else if (item instanceof ShadesParser.DefDescriptionContext d) {
      return new Ast.Setting("description", unquote(d.STRING().getText()), p);
    } else if (item instanceof ShadesParser.DefUnknownContext u) {
      return new Ast.Setting("unknown", u.VIOLATED() != null ? "violated" : u.NUMBER().getText(), p);
    } else if (item instanceof ShadesParser.DefProgressContext g) {
      return new Ast.Setting("progress", g.GATED() != null ? "gated" : "cumulative", p);
    } else if (item instanceof ShadesParser.DefScoreTotalContext t) {
      return new Ast.Setting("score", t.SUM() != null ? "sum" : "mean", p);
    } else if (item instanceof ShadesParser.DefLicenseSetContext l) {
      return new Ast.LicenseSet(name(l.name()), lic(l.licTest()), p);
    } else if (item instanceof ShadesParser.DefDropContext d) {
      return new Ast.Drop(name(d.name()), p);
    } else if (item instanceof ShadesParser.DefRequirementContext r) {
      return require(r.requirement());
    } else if (item instanceof ShadesParser.DefWarningContext w) {
      return warn(w.warning());
    } else if (item instanceof ShadesParser.DefTierContext t) {
      return tier(t.tier());
    } else if (item instanceof ShadesParser.DefScoreContext s) {
      return score(s.score());
    } else if (item instanceof ShadesParser.DefCategoryContext c) {
      ShadesParser.CategoryContext cat = c.category();
      return new Ast.CategoryDecl(text(cat.STRING(0)), Optional.ofNullable(cat.cond()).map(this::cond),
          cat.STRING().size() > 1 ? Optional.of(text(cat.STRING(1))) : Optional.empty(), p);
    } else {
      return test(((ShadesParser.DefTestContext) item).testBlock());
    }
  }

  private Ast.Require require(ShadesParser.RequirementContext r) {
    Optional<Ast.Text> because = Optional.empty();
    Optional<Ast.Text> remedy = Optional.empty();
    for (ShadesParser.ClauseContext c : r.clause()) {
      boolean isBecause = c.BECAUSE() != null;
      if ((isBecause ? because : remedy).isPresent()) {
        problem(pos(c), "duplicate-name", "'" + (isBecause ? "because" : "remedy") + "' is given twice for one "
            + "requirement");
      }
      if (isBecause) {
        because = Optional.of(text(c.STRING()));
      } else {
        remedy = Optional.of(text(c.STRING()));
      }
    }
    Optional<Ast.Cond> when = r.cond().size() > 1 ? Optional.of(cond(r.cond(1))) : Optional.empty();
    return new Ast.Require(Optional.ofNullable(r.name()).map(this::name), cond(r.cond(0)), when, because, remedy,
        pos(r));
  }

  private Ast.Warn warn(ShadesParser.WarningContext w) {
    return new Ast.Warn(Optional.ofNullable(w.name()).map(this::name), cond(w.cond()),
        text(w.STRING(), w.STRING() != null), pos(w));
  }

  private Ast.TierDecl tier(ShadesParser.TierContext t) {
    List<Ast.DefItem> rules = new ArrayList<>();
    for (ShadesParser.TierItemContext i : t.tierItem()) {
      rules.add(i.requirement() != null ? require(i.requirement()) : warn(i.warning()));
    }
    return new Ast.TierDecl(text(t.STRING(0)), t.STRING().size() > 1 ? Optional.of(text(t.STRING(1)))
        : Optional.empty(), rules, pos(t));
  }

  private Ast.ScoreDecl score(ShadesParser.ScoreContext s) {
    List<Ast.ScoreEntry> entries = new ArrayList<>();
    for (ShadesParser.ScoreItemContext i : s.scoreItem()) {
      if (i instanceof ShadesParser.ScoreGroupContext g) {
        List<Ast.DimensionDecl> dims = new ArrayList<>();
        g.dimension().forEach(d -> dims.add(dimension(d)));
        entries.add(new Ast.Group(text(g.STRING()), dims, pos(g)));
      } else {
        entries.add(dimension(((ShadesParser.ScoreDimensionContext) i).dimension()));
      }
    }
    return new Ast.ScoreDecl(entries, pos(s));
  }

  private Ast.DimensionDecl dimension(ShadesParser.DimensionContext d) {
    Ast.ValueExpr value;
    if (d.value() instanceof ShadesParser.GradeValueContext g) {
      value = new Ast.GradeOf(name(g.name()), pos(g));
    } else if (d.value() instanceof ShadesParser.ConstantValueContext c) {
      value = new Ast.Constant(num(c.NUMBER()));
    } else {
      ShadesParser.ChoiceValueContext c = (ShadesParser.ChoiceValueContext) d.value();
      List<Ast.Case> cases = new ArrayList<>();
      c.valueCase().forEach(vc -> cases.add(new Ast.Case(num(vc.NUMBER()), cond(vc.cond()))));
      value = new Ast.Choice(cases, num(c.NUMBER()));
    }
    return new Ast.DimensionDecl(name(d.name()), text(d.STRING(), d.STRING() != null),
        Optional.ofNullable(d.NUMBER()).map(this::num), value, pos(d));
  }

  private Ast.TestDecl test(ShadesParser.TestBlockContext t) {
    Optional<Ast.TestRelease> release = Optional.empty();
    List<Ast.Expectation> expectations = new ArrayList<>();
    for (ShadesParser.TestItemContext i : t.testItem()) {
      if (release.isPresent() && !(i instanceof ShadesParser.TestExpectContext)) {
        problem(pos(i), "test-release", "a test evaluates one release; this one already has one");
      }
      if (i instanceof ShadesParser.TestReleaseFileContext f) {
        release = Optional.of(new Ast.ReleaseFile(text(f.STRING())));
      } else if (i instanceof ShadesParser.TestReleaseInlineContext in) {
        List<Ast.InlineItem> items = new ArrayList<>();
        in.inlineItem().forEach(x -> items.add(inline(x)));
        release = Optional.of(new Ast.InlineRelease(items, pos(in)));
      } else {
        expectations.add(expectation(((ShadesParser.TestExpectContext) i).expectation()));
      }
    }
    return new Ast.TestDecl(text(t.STRING()), release, expectations, pos(t));
  }

  private Ast.InlineItem inline(ShadesParser.InlineItemContext x) {
    Pos p = pos(x);
    if (x instanceof ShadesParser.InlineNameContext n) {
      return new Ast.InlineItem("name", List.of(), Optional.of(text(n.STRING())), Optional.empty(),
          Optional.empty(), p);
    } else if (x instanceof ShadesParser.InlineDefaultContext d) {
      return new Ast.InlineItem("licenses", List.of(name(d.name())), Optional.of(text(d.STRING())),
          Optional.empty(), Optional.empty(), p);
    } else if (x instanceof ShadesParser.InlineFactContext f) {
      ShadesParser.LiteralContext lit = f.literal();
      boolean isText = lit.STRING() != null;
      return new Ast.InlineItem("fact", List.of(name(f.name())),
          isText ? Optional.of(text(lit.STRING())) : Optional.empty(),
          isText ? Optional.empty() : Optional.of(lit.getText()), Optional.empty(), p);
    }
    ShadesParser.InlineComponentContext c = (ShadesParser.InlineComponentContext) x;
    int grade = c.GRADE() != null ? 2 : -1;
    return new Ast.InlineItem("component", List.of(name(c.name(0)), name(c.name(1))),
        text(c.STRING(), c.STRING() != null), Optional.empty(),
        grade > 0 ? Optional.of(name(c.name(2))) : Optional.empty(), p);
  }

  private Ast.Expectation expectation(ShadesParser.ExpectationContext e) {
    Pos p = pos(e);
    if (e instanceof ShadesParser.ExpectBinaryContext b) {
      return new Ast.Expectation(b.getText(), Optional.empty(), Optional.empty(), List.of(), p);
    } else if (e instanceof ShadesParser.ExpectTierContext t) {
      return new Ast.Expectation("tier", t.STRING() != null ? Optional.of(text(t.STRING())) : Optional.empty(),
          Optional.empty(), List.of(), p);
    } else if (e instanceof ShadesParser.ExpectScoreContext s) {
      return new Ast.Expectation("score", Optional.empty(), Optional.of(num(s.NUMBER())), List.of(), p);
    } else if (e instanceof ShadesParser.ExpectCategoryContext c) {
      return new Ast.Expectation("category", c.STRING() != null ? Optional.of(text(c.STRING())) : Optional.empty(),
          Optional.empty(), List.of(), p);
    } else if (e instanceof ShadesParser.ExpectOutcomeContext o) {
      String kind = o.SATISFIED() != null ? "satisfied" : o.VIOLATED() != null ? "violated" : "unknown";
      List<Ast.Name> refs = new ArrayList<>();
      for (ShadesParser.RuleRefContext ref : o.ruleRef()) {
        refs.add(ref.STRING() != null ? new Ast.Name(unquote(ref.STRING().getText()), pos(ref))
            : name(ref.name()));
      }
      return new Ast.Expectation(kind, Optional.empty(), Optional.empty(), refs, p);
    }
    ShadesParser.ExpectWarningContext w = (ShadesParser.ExpectWarningContext) e;
    return new Ast.Expectation("warning", Optional.empty(), Optional.empty(), List.of(name(w.name())), p);
  }

  // ---- conditions ---------------------------------------------------------------------------------------------

  private Ast.Cond cond(ShadesParser.CondContext c) {
    Pos p = pos(c);
    if (c instanceof ShadesParser.NotCondContext n) {
      return new Ast.NotCond(cond(n.cond()), p);
    } else if (c instanceof ShadesParser.AndCondContext a) {
      return new Ast.AndCond(cond(a.cond(0)), cond(a.cond(1)), p);
    } else if (c instanceof ShadesParser.OrCondContext o) {
      return new Ast.OrCond(cond(o.cond(0)), cond(o.cond(1)), p);
    } else if (c instanceof ShadesParser.ParenCondContext pc) {
      return new Ast.ParenCond(cond(pc.cond()), p);
    } else if (c instanceof ShadesParser.ComponentCondContext cc) {
      return new Ast.ComponentCond(selection(cc.selection()), compTest(cc.compTest()), p);
    } else if (c instanceof ShadesParser.FactCondContext f) {
      ShadesParser.FactTestContext t = f.factTest();
      if (t == null) {
        return new Ast.FactCond(name(f.name()), "true", Optional.empty(), p);
      } else if (t instanceof ShadesParser.FactKnownContext) {
        return new Ast.FactCond(name(f.name()), "known", Optional.empty(), p);
      } else if (t instanceof ShadesParser.FactIsContext is) {
        ShadesParser.LiteralContext lit = is.literal();
        String v = lit.STRING() != null ? unquote(lit.STRING().getText()) : lit.getText();
        return new Ast.FactCond(name(f.name()), lit.STRING() != null ? "is-text" : "is", Optional.of(v), p);
      }
      ShadesParser.FactCompareContext cmp = (ShadesParser.FactCompareContext) t;
      return new Ast.FactCond(name(f.name()), cmp.CMP().getText(), Optional.of(cmp.NUMBER().getText()), p);
    } else if (c instanceof ShadesParser.HasBaseCondContext) {
      return new Ast.HasBase(p);
    } else if (c instanceof ShadesParser.BaseCondContext b) {
      return new Ast.BaseCond(cond(b.cond()), p);
    }
    return new Ast.BoolCond(((ShadesParser.ConstCondContext) c).TRUE() != null, p);
  }

  private Ast.Selection selection(ShadesParser.SelectionContext s) {
    Pos p = pos(s);
    if (s instanceof ShadesParser.OneComponentContext one) {
      return new Ast.Selection("one", 0, List.of(name(one.name())), Optional.empty(), verb(s), p);
    }
    if (s instanceof ShadesParser.ListComponentsContext l) {
      ShadesParser.QuantifierContext q = l.quantifier();
      return new Ast.Selection(quantifier(q), checkedCount(q), names(l.name()), Optional.empty(), verb(s), p);
    }
    ShadesParser.GroupComponentsContext g = (ShadesParser.GroupComponentsContext) s;
    return new Ast.Selection(quantifier(g.quantifier()), checkedCount(g.quantifier()), List.of(),
        Optional.of(name(g.name())), verb(s), p);
  }

  private static Optional<String> verb(ShadesParser.SelectionContext s) {
    Token last = s.getStop();
    return switch (last.getType()) {
      case ShadesLexer.IS, ShadesLexer.ARE, ShadesLexer.HAS, ShadesLexer.HAVE -> Optional.of(last.getText());
      default -> Optional.empty();
    };
  }

  private static String quantifier(ShadesParser.QuantifierContext q) {
    return q.ALL() != null ? "all" : q.ANY() != null ? "any" : "at-least";
  }

  private int checkedCount(ShadesParser.QuantifierContext q) {
    if (q.NUMBER() != null && !q.NUMBER().getText().matches("[0-9]{1,9}")) {
      problem(pos(q.NUMBER()), "invalid-number", "'at least' takes a whole number, not " + q.NUMBER().getText());
    }
    return count(q);
  }

  private static int count(ShadesParser.QuantifierContext q) {
    if (q.NUMBER() == null) {
      return 0;
    }
    double d = Double.parseDouble(q.NUMBER().getText());
    return d > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) d;
  }

  private Ast.CompTest compTest(ShadesParser.CompTestContext c) {
    if (c.compUnit().size() == 1) {
      return compUnit(c.compUnit(0));
    }
    List<Ast.CompTest> parts = new ArrayList<>();
    c.compUnit().forEach(u -> parts.add(compUnit(u)));
    return new Ast.WithTest(parts, pos(c));
  }

  private Ast.CompTest compUnit(ShadesParser.CompUnitContext u) {
    Pos p = pos(u);
    if (u instanceof ShadesParser.NotCompContext n) {
      return new Ast.NotTest(compUnit(n.compUnit()), p);
    } else if (u instanceof ShadesParser.ParenCompContext pc) {
      return new Ast.ParenTest(compExpr(pc.compExpr()), p);
    } else if (u instanceof ShadesParser.LicenseCompContext l) {
      return new Ast.LicenseTest(licUnit(l.licUnit()), p);
    } else if (u instanceof ShadesParser.AvailabilityCompContext a) {
      return new Ast.AvailabilityTest(names(a.name()), p);
    } else if (u instanceof ShadesParser.GradeCompContext g) {
      return new Ast.GradeTest(name(g.name()), p);
    } else if (u instanceof ShadesParser.DisclosesCompContext d) {
      return new Ast.DisclosesTest(names(d.name()), p);
    }
    return new Ast.WordTest(name(((ShadesParser.WordCompContext) u).name()));
  }

  private Ast.CompTest compExpr(ShadesParser.CompExprContext e) {
    Pos p = pos(e);
    if (e instanceof ShadesParser.NotCompExprContext n) {
      return new Ast.NotTest(compExpr(n.compExpr()), p);
    } else if (e instanceof ShadesParser.AndCompExprContext a) {
      return new Ast.AndTest(compExpr(a.compExpr(0)), compExpr(a.compExpr(1)), p);
    } else if (e instanceof ShadesParser.OrCompExprContext o) {
      return new Ast.OrTest(compExpr(o.compExpr(0)), compExpr(o.compExpr(1)), p);
    } else if (e instanceof ShadesParser.WithCompExprContext w) {
      return new Ast.WithTest(List.of(compExpr(w.compExpr(0)), compExpr(w.compExpr(1))), p);
    }
    return compUnit(((ShadesParser.UnitCompExprContext) e).compUnit());
  }

  // ---- licence tests ------------------------------------------------------------------------------------------

  private Ast.Lic lic(ShadesParser.LicTestContext l) {
    Pos p = pos(l);
    if (l instanceof ShadesParser.NotLicContext n) {
      return new Ast.NotLic(lic(n.licTest()), p);
    } else if (l instanceof ShadesParser.AndLicContext a) {
      return new Ast.AndLic(lic(a.licTest(0)), lic(a.licTest(1)), p);
    } else if (l instanceof ShadesParser.OrLicContext o) {
      return new Ast.OrLic(lic(o.licTest(0)), lic(o.licTest(1)), p);
    }
    return licUnit(((ShadesParser.UnitLicContext) l).licUnit());
  }

  private Ast.Lic licUnit(ShadesParser.LicUnitContext u) {
    Pos p = pos(u);
    if (u instanceof ShadesParser.ParenLicContext pl) {
      return new Ast.ParenLic(lic(pl.licTest()), p);
    } else if (u instanceof ShadesParser.HasTraitLicContext h) {
      return new Ast.HasLic(name(h.name()), p);
    } else if (u instanceof ShadesParser.KindInLicContext k) {
      return new Ast.KindLic(names(k.name()), true, p);
    } else if (u instanceof ShadesParser.KindLicContext k) {
      return new Ast.KindLic(List.of(name(k.name())), false, p);
    } else if (u instanceof ShadesParser.SuitedLicContext s) {
      return new Ast.SuitedLic(Optional.ofNullable(s.name()).map(this::name), p);
    } else if (u instanceof ShadesParser.InLicContext in) {
      List<Ast.Name> ids = new ArrayList<>();
      List<Ast.Text> texts = new ArrayList<>();
      List<Object> order = new ArrayList<>();
      for (ShadesParser.LicItemContext item : in.licItem()) {
        if (item.STRING() != null) {
          Ast.Text t = text(item.STRING());
          texts.add(t);
          order.add(t);
        } else {
          Ast.Name n = name(item.name());
          ids.add(n);
          order.add(n);
        }
      }
      return new Ast.InLic(ids, texts, order, p);
    } else if (u instanceof ShadesParser.NotLicUnitContext n) {
      return new Ast.NotLic(licUnit(n.licUnit()), p);
    }
    return new Ast.NamedLic(name(((ShadesParser.NamedLicContext) u).name()));
  }
}
