package dev.shades.dsl.compile;

import dev.shades.dsl.ast.Ast;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Derives the stable id of a rule that has no id of its own, from what it tests: the components it names (joined
 * with {@code +}), {@code fact-<key>}, {@code base-<...>}, {@code has-base}. Two rules that would get the same id
 * must be named.
 */
final class RuleIds {
  private RuleIds() {}

  static String derive(Ast.Cond c) {
    Set<String> parts = new LinkedHashSet<>();
    collect(c, parts);
    return parts.isEmpty() ? "rule" : String.join("+", parts);
  }

  private static void collect(Ast.Cond c, Set<String> parts) {
    if (c instanceof Ast.NotCond n) {
      collect(n.operand(), parts);
    } else if (c instanceof Ast.AndCond a) {
      collect(a.left(), parts);
      collect(a.right(), parts);
    } else if (c instanceof Ast.OrCond o) {
      collect(o.left(), parts);
      collect(o.right(), parts);
    } else if (c instanceof Ast.ParenCond p) {
      collect(p.inner(), parts);
    } else if (c instanceof Ast.ComponentCond cc) {
      Ast.Selection s = cc.selection();
      if (s.group().isPresent()) {
        parts.add(s.quantifier() + "-" + s.group().get().text());
      } else {
        s.kinds().forEach(k -> parts.add(k.text()));
      }
    } else if (c instanceof Ast.FactCond f) {
      parts.add("fact-" + f.key().text());
    } else if (c instanceof Ast.HasBase) {
      parts.add("has-base");
    } else if (c instanceof Ast.BaseCond b) {
      parts.add("base-" + derive(b.condition()));
    } else if (c instanceof Ast.BoolCond b) {
      parts.add(Boolean.toString(b.value()));
    }
  }
}
