package dev.shades.dsl.compile;

import dev.shades.core.definition.ComponentSelector;
import dev.shades.core.definition.ComponentTest;
import dev.shades.core.definition.Condition;
import dev.shades.core.definition.FactTest;
import dev.shades.core.definition.LicenseTest;
import dev.shades.core.diagnostic.Suggestions;
import dev.shades.core.license.LicenseKind;
import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.license.Trait;
import dev.shades.core.model.Availability;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.ContentType;
import dev.shades.core.model.DataInformationAspect;
import dev.shades.core.model.Grade;
import dev.shades.core.model.StandardFact;
import dev.shades.dsl.ast.Ast;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles conditions, component tests and licence tests of one definition, resolving names against the catalogue,
 * the licence knowledge and the definition's licence sets. Every unresolved name is a diagnostic; compilation goes on
 * with a placeholder so that all problems are reported in one pass.
 */
final class Scope {
  static final String UNKNOWN_COMPONENT = "unknown-component";
  static final String UNKNOWN_LICENSE = "unknown-license";
  static final String UNKNOWN_TRAIT = "unknown-trait";
  static final String UNKNOWN_LICENSE_SET = "unknown-license-set";
  static final String UNKNOWN_TEST = "unknown-test";
  static final String UNKNOWN_VALUE = "unknown-value";
  static final String TYPE_ERROR = "type-error";
  static final String LICENSE_SET_CYCLE = "license-set-cycle";
  static final String INVALID_NUMBER = "invalid-number";

  private static final Map<String, LicenseTest> BUILTIN_LICENSE_TESTS = Map.of(
      "osi-approved", new LicenseTest.OsiApproved(),
      "fsf-libre", new LicenseTest.FsfLibre(),
      "osd-conformant", new LicenseTest.OsdConformant(),
      "deprecated", new LicenseTest.Deprecated());

  /** The one-word component tests. */
  static final List<String> WORDS = List.of("released", "open", "gated", "restricted", "hosted", "not-released",
      "unknown", "listed", "licensed", "complete", "graded");

  private final ComponentCatalog catalog;
  private final LicenseKnowledge knowledge;
  private final Map<String, Ast.LicenseSet> licenseSets;
  private final Map<String, LicenseTest> compiledSets = new HashMap<>();
  private final Set<String> compiling = new HashSet<>();
  private final Diags diags;

  Scope(ComponentCatalog catalog, LicenseKnowledge knowledge, Map<String, Ast.LicenseSet> licenseSets,
      Diags diags) {
    this.catalog = catalog;
    this.knowledge = knowledge;
    this.licenseSets = licenseSets;
    this.diags = diags;
  }

  ComponentCatalog catalog() {
    return catalog;
  }

  /** Compiles every licence set (so that unused sets are checked too). */
  void compileLicenseSets() {
    for (Map.Entry<String, Ast.LicenseSet> e : licenseSets.entrySet()) {
      if (BUILTIN_LICENSE_TESTS.containsKey(e.getKey())) {
        diags.error("duplicate-name", "'" + e.getKey() + "' is a built-in licence test; give the set another name",
            e.getValue().name().pos());
      }
    }
    for (String name : licenseSets.keySet()) {
      licenseSet(name, licenseSets.get(name).name());
    }
  }

  // ---- conditions ---------------------------------------------------------------------------------------------

  Condition condition(Ast.Cond c) {
    if (c instanceof Ast.NotCond n) {
      return new Condition.Not(condition(n.operand()));
    } else if (c instanceof Ast.AndCond a) {
      List<Condition> parts = new ArrayList<>();
      flattenAnd(a, parts);
      return new Condition.All(parts);
    } else if (c instanceof Ast.OrCond o) {
      List<Condition> parts = new ArrayList<>();
      flattenOr(o, parts);
      return new Condition.Any(parts);
    } else if (c instanceof Ast.ParenCond p) {
      return condition(p.inner());
    } else if (c instanceof Ast.ComponentCond cc) {
      return component(cc);
    } else if (c instanceof Ast.FactCond f) {
      return fact(f);
    } else if (c instanceof Ast.HasBase) {
      return new Condition.HasBase();
    } else if (c instanceof Ast.BaseCond b) {
      return new Condition.OnBase(condition(b.condition()));
    }
    return new Condition.Constant(((Ast.BoolCond) c).value());
  }

  private void flattenAnd(Ast.Cond c, List<Condition> out) {
    if (c instanceof Ast.AndCond a) {
      flattenAnd(a.left(), out);
      flattenAnd(a.right(), out);
    } else {
      out.add(condition(c));
    }
  }

  private void flattenOr(Ast.Cond c, List<Condition> out) {
    if (c instanceof Ast.OrCond o) {
      flattenOr(o.left(), out);
      flattenOr(o.right(), out);
    } else {
      out.add(condition(c));
    }
  }

  private Condition component(Ast.ComponentCond cc) {
    Ast.Selection s = cc.selection();
    ComponentSelector selector;
    List<ComponentKind> kinds = new ArrayList<>();
    if (s.group().isPresent()) {
      Ast.Name g = s.group().get();
      if (g.text().equals("listed")) {
        selector = new ComponentSelector.Listed();
      } else {
        Optional<ContentType> type = ContentType.fromId(g.text());
        if (type.isEmpty()) {
          List<String> groups = new ArrayList<>(ContentType.ids());
          groups.add("listed");
          diags.error(UNKNOWN_COMPONENT, "unknown component group '" + g.text() + "'"
              + Suggestions.didYouMean(g.text(), groups) + " (one of: " + String.join(", ", groups) + ")", g.pos());
          selector = new ComponentSelector.Listed();
        } else {
          selector = new ComponentSelector.OfType(type.get());
          kinds.addAll(selector.select(dev.shades.core.model.Release.builder("-").build(), catalog));
        }
      }
    } else {
      Set<String> seen = new HashSet<>();
      for (Ast.Name n : s.kinds()) {
        kind(n).ifPresent(k -> {
          if (!seen.add(k.id())) {
            diags.warning("duplicate-component", "component '" + k.id() + "' is listed twice", n.pos());
          }
          kinds.add(k);
        });
      }
      selector = new ComponentSelector.Kinds(kinds);
    }
    ComponentTest test = componentTest(cc.test(), kinds);
    Condition.Quantifier q = switch (s.quantifier()) {
      case "any" -> Condition.Quantifier.ANY;
      case "at-least" -> Condition.Quantifier.AT_LEAST;
      default -> Condition.Quantifier.ALL;
    };
    return new Condition.Quantified(q, s.count(), selector, test);
  }

  Optional<ComponentKind> kind(Ast.Name n) {
    Optional<ComponentKind> k = catalog.find(n.text());
    if (k.isEmpty()) {
      diags.error(UNKNOWN_COMPONENT, "unknown component kind '" + n.text() + "'" + catalog.didYouMean(n.text()),
          n.pos());
    }
    return k;
  }

  private Condition fact(Ast.FactCond f) {
    String key = f.key().text();
    Optional<StandardFact> standard = StandardFact.fromKey(key);
    String type = standard.map(StandardFact::type).orElse("any");
    FactTest test;
    switch (f.op()) {
      case "true" -> {
        if (!type.equals("boolean") && !type.equals("any")) {
          diags.error(TYPE_ERROR, "fact '" + key + "' is a " + type + ", not true or false; "
              + (type.equals("number") ? "compare it, as in 'fact " + key + " > 1e25'" : "test it with 'is'"),
              f.key().pos());
        }
        test = new FactTest.IsTrue();
      }
      case "known" -> test = new FactTest.Known();
      case "is", "is-text" -> {
        String literal = f.literal().orElseThrow();
        if (type.equals("number")) {
          diags.error(TYPE_ERROR, "fact '" + key + "' is a number; compare it with ==, <, >, <= or >=", f.pos());
        } else if (type.equals("boolean") && !(literal.equals("true") || literal.equals("false"))) {
          diags.error(TYPE_ERROR, "fact '" + key + "' is true or false, not '" + literal + "'", f.pos());
        } else if (key.equals(StandardFact.ACCESS_CHANNELS.key())
            && dev.shades.core.model.AccessChannel.fromId(literal).isEmpty()) {
          diags.error(UNKNOWN_VALUE, "unknown access channel '" + literal + "'" + Suggestions.didYouMean(literal,
              dev.shades.core.model.AccessChannel.ids()), f.pos());
        }
        test = new FactTest.Is(literal);
      }
      default -> {
        if (type.equals("boolean") || type.equals("list")) {
          diags.error(TYPE_ERROR, "fact '" + key + "' is " + (type.equals("list") ? "a list" : "true or false")
              + "; it cannot be compared with a number", f.pos());
        }
        test = new FactTest.Compare(FactTest.Comparison.fromSymbol(f.op()).orElseThrow(),
            Double.parseDouble(f.literal().orElseThrow()));
      }
    }
    return new Condition.FactIs(key, test);
  }

  // ---- component tests ----------------------------------------------------------------------------------------

  ComponentTest componentTest(Ast.CompTest t, List<ComponentKind> kinds) {
    if (t instanceof Ast.NotTest n) {
      return new ComponentTest.Not(componentTest(n.operand(), kinds));
    } else if (t instanceof Ast.AndTest a) {
      return new ComponentTest.All(List.of(componentTest(a.left(), kinds), componentTest(a.right(), kinds)));
    } else if (t instanceof Ast.OrTest o) {
      return new ComponentTest.Any(List.of(componentTest(o.left(), kinds), componentTest(o.right(), kinds)));
    } else if (t instanceof Ast.WithTest w) {
      List<ComponentTest> parts = new ArrayList<>();
      w.parts().forEach(p -> parts.add(componentTest(p, kinds)));
      return new ComponentTest.All(parts);
    } else if (t instanceof Ast.ParenTest p) {
      return componentTest(p.inner(), kinds);
    } else if (t instanceof Ast.LicenseTest l) {
      return new ComponentTest.License(licenseTest(l.test()));
    } else if (t instanceof Ast.AvailabilityTest a) {
      Set<Availability> values = EnumSet.noneOf(Availability.class);
      for (Ast.Name n : a.values()) {
        Optional<Availability> v = Availability.fromId(n.text());
        if (v.isEmpty()) {
          diags.error(UNKNOWN_VALUE, "unknown availability '" + n.text() + "'" + Suggestions.didYouMean(n.text(),
              Availability.ids()) + " (one of: " + String.join(", ", Availability.ids()) + ")", n.pos());
        }
        v.ifPresent(values::add);
      }
      return new ComponentTest.AvailabilityIn(values, "availability in [" + String.join(", ",
          values.stream().map(Availability::id).toList()) + "]");
    } else if (t instanceof Ast.GradeTest g) {
      Optional<Grade> grade = Grade.fromId(g.grade().text());
      if (grade.isEmpty()) {
        diags.error(UNKNOWN_VALUE, "unknown grade '" + g.grade().text() + "'" + Suggestions.didYouMean(
            g.grade().text(), Grade.ids()) + " (one of: open, partial, closed)", g.grade().pos());
      }
      return new ComponentTest.GradeAtLeast(grade.orElse(Grade.CLOSED));
    } else if (t instanceof Ast.DisclosesTest d) {
      Set<DataInformationAspect> aspects = EnumSet.noneOf(DataInformationAspect.class);
      for (Ast.Name n : d.aspects()) {
        Optional<DataInformationAspect> a = DataInformationAspect.fromId(n.text());
        if (a.isEmpty()) {
          diags.error(UNKNOWN_VALUE, "unknown data-information aspect '" + n.text() + "'"
              + Suggestions.didYouMean(n.text(), DataInformationAspect.ids()) + " (one of: "
              + String.join(", ", DataInformationAspect.ids()) + ")", n.pos());
        }
        a.ifPresent(aspects::add);
      }
      for (ComponentKind k : kinds) {
        if (!k.equals(ComponentCatalog.TRAINING_DATA_INFORMATION)) {
          diags.error(TYPE_ERROR, "'discloses' tests training-data-information, not '" + k.id() + "'", d.pos());
          break;
        }
      }
      return new ComponentTest.Discloses(aspects);
    }
    Ast.Name word = ((Ast.WordTest) t).word();
    return switch (word.text()) {
      case "released" -> new ComponentTest.AvailabilityIn(ComponentTest.RELEASED, "released");
      case "listed" -> new ComponentTest.Listed();
      case "licensed" -> new ComponentTest.Licensed();
      case "complete" -> new ComponentTest.Complete();
      case "graded" -> new ComponentTest.Graded();
      default -> {
        Optional<Availability> a = Availability.fromId(word.text());
        if (a.isEmpty()) {
          diags.error(UNKNOWN_TEST, "unknown component test '" + word.text() + "'"
              + Suggestions.didYouMean(word.text(), WORDS) + " (one of: " + String.join(", ", WORDS)
              + ", license ..., availability in [...], grade at least ..., discloses [...])", word.pos());
        }
        yield new ComponentTest.AvailabilityIn(a.map(Set::of).orElse(Set.of()), word.text());
      }
    };
  }

  // ---- licence tests ------------------------------------------------------------------------------------------

  LicenseTest licenseTest(Ast.Lic l) {
    if (l instanceof Ast.NotLic n) {
      return new LicenseTest.Not(licenseTest(n.operand()));
    } else if (l instanceof Ast.AndLic a) {
      return new LicenseTest.All(List.of(licenseTest(a.left()), licenseTest(a.right())));
    } else if (l instanceof Ast.OrLic o) {
      return new LicenseTest.Any(List.of(licenseTest(o.left()), licenseTest(o.right())));
    } else if (l instanceof Ast.ParenLic p) {
      return licenseTest(p.inner());
    } else if (l instanceof Ast.HasLic h) {
      Optional<Trait> trait = Trait.fromId(h.trait().text());
      if (trait.isEmpty()) {
        diags.error(UNKNOWN_TRAIT, "unknown licence trait '" + h.trait().text() + "'"
            + Suggestions.didYouMean(h.trait().text(), Trait.ids()), h.trait().pos());
        return new LicenseTest.Not(new LicenseTest.In(Set.of()));
      }
      return new LicenseTest.HasTrait(trait.get());
    } else if (l instanceof Ast.KindLic k) {
      Set<LicenseKind> kinds = EnumSet.noneOf(LicenseKind.class);
      for (Ast.Name n : k.kinds()) {
        Optional<LicenseKind> kind = LicenseKind.fromId(n.text());
        if (kind.isEmpty()) {
          diags.error(UNKNOWN_VALUE, "unknown licence kind '" + n.text() + "'" + Suggestions.didYouMean(n.text(),
              LicenseKind.ids()) + " (one of: " + String.join(", ", LicenseKind.ids()) + ")", n.pos());
        }
        kind.ifPresent(kinds::add);
      }
      return new LicenseTest.KindIn(kinds);
    } else if (l instanceof Ast.SuitedLic s) {
      if (s.type().isEmpty()) {
        return new LicenseTest.SuitedTo(Optional.empty());
      }
      Optional<ContentType> type = ContentType.fromId(s.type().get().text());
      if (type.isEmpty()) {
        diags.error(UNKNOWN_VALUE, "unknown content type '" + s.type().get().text() + "'"
            + Suggestions.didYouMean(s.type().get().text(), ContentType.ids()) + " (one of: code, data, document)",
            s.type().get().pos());
      }
      return new LicenseTest.SuitedTo(type);
    } else if (l instanceof Ast.InLic in) {
      Set<String> members = new LinkedHashSet<>();
      for (Ast.Name n : in.ids()) {
        if (knowledge.find(n.text()).isPresent() || n.text().startsWith("LicenseRef-")) {
          members.add(n.text());
        } else {
          String hint = knowledge.canonicalId(n.text()).map(c -> "; did you mean '" + c + "'?")
              .orElse(Suggestions.didYouMean(n.text(), knowledge.ids()));
          diags.error(UNKNOWN_LICENSE, "unknown licence '" + n.text() + "'" + hint
              + " (write exact texts that are not licence ids in quotes)", n.pos());
        }
      }
      in.texts().forEach(t -> members.add(t.value()));
      return new LicenseTest.In(members);
    }
    Ast.Name name = ((Ast.NamedLic) l).name();
    LicenseTest builtin = BUILTIN_LICENSE_TESTS.get(name.text());
    if (builtin != null) {
      return builtin;
    }
    return licenseSet(name.text(), name);
  }

  private LicenseTest licenseSet(String name, Ast.Name at) {
    LicenseTest done = compiledSets.get(name);
    if (done != null) {
      return done;
    }
    Ast.LicenseSet set = licenseSets.get(name);
    if (set == null) {
      List<String> known = new ArrayList<>(BUILTIN_LICENSE_TESTS.keySet());
      known.addAll(licenseSets.keySet());
      java.util.Collections.sort(known);
      String hint = knowledge.find(name).isPresent()
          ? "; to test for this licence write 'in [" + name + "]'" : Suggestions.didYouMean(name, known);
      diags.error(UNKNOWN_LICENSE_SET, "unknown licence test or set '" + name + "'" + hint, at.pos());
      return new LicenseTest.In(Set.of());
    }
    if (!compiling.add(name)) {
      diags.error(LICENSE_SET_CYCLE, "licence set '" + name + "' is defined in terms of itself", at.pos());
      return new LicenseTest.In(Set.of());
    }
    LicenseTest test = new LicenseTest.Named(name, licenseTest(set.test()));
    compiling.remove(name);
    compiledSets.put(name, test);
    return test;
  }

  /** The licence sets by name, compiled, in declaration order. */
  Map<String, LicenseTest> compiledLicenseSets() {
    Map<String, LicenseTest> out = new LinkedHashMap<>();
    for (String name : licenseSets.keySet()) {
      LicenseTest t = compiledSets.get(name);
      if (t != null) {
        out.put(name, t);
      }
    }
    return out;
  }
}
