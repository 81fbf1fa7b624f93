package dev.shades.dsl.compile;

import dev.shades.core.diagnostic.Suggestions;
import dev.shades.dsl.ast.Ast;
import dev.shades.dsl.ast.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A definition's body after {@code extends}: the parent's items, then the child's, where a child's item with the
 * same id or name replaces the parent's in place, {@code drop} removes an inherited requirement, and a tier the
 * child names again gains (or replaces) requirements. Duplicates within one declaration are errors.
 */
final class Effective {
  Optional<Ast.Text> title = Optional.empty();
  final Map<String, List<Ast.Setting>> settings = new HashMap<>();
  final Map<String, Ast.LicenseSet> licenseSets = new LinkedHashMap<>();
  final Map<String, Ast.Require> requires = new LinkedHashMap<>();
  final Map<String, TierParts> tiers = new LinkedHashMap<>();
  final Map<String, Ast.DimensionDecl> dimensions = new LinkedHashMap<>();
  final Map<String, String> dimensionGroups = new HashMap<>();
  final Map<String, Ast.CategoryDecl> categories = new LinkedHashMap<>();
  final Map<String, Ast.Warn> warnings = new LinkedHashMap<>();
  final List<Ast.TestDecl> tests = new ArrayList<>();
  /** The id of each requirement and warning node (by identity: equal-looking rules may differ in place). */
  final Map<Object, String> ids = new IdentityHashMap<>();

  /** A tier under construction. */
  static final class TierParts {
    final String name;
    Optional<Ast.Text> parent;
    Ast.TierDecl decl;
    final Map<String, Ast.Require> requires = new LinkedHashMap<>();
    final Map<String, Ast.Warn> warnings = new LinkedHashMap<>();

    TierParts(Ast.TierDecl decl) {
      this.name = decl.name().value();
      this.parent = decl.parent();
      this.decl = decl;
    }
  }

  Optional<String> setting(String key) {
    List<Ast.Setting> s = settings.get(key);
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s.get(s.size() - 1).value());
  }

  /** The kind of verdict gathered so far: requirements, tiers, a score, categories; empty when none yet. */
  Optional<String> shapeKind() {
    return !requires.isEmpty() ? Optional.of("requirements") : !tiers.isEmpty() ? Optional.of("tiers")
        : !dimensions.isEmpty() ? Optional.of("a score") : !categories.isEmpty() ? Optional.of("categories")
        : Optional.empty();
  }

  /** True (with an error) when an item would give an extended definition another kind of verdict. */
  private boolean changesShape(Optional<String> parentShape, String kind, Ast.DefinitionDecl d, Pos pos,
      Diags diags) {
    if (parentShape.isPresent() && !parentShape.get().equals(kind)) {
      diags.error(PolicyCompiler.MIXED_SHAPES, "definition '" + d.id().text() + "' extends '"
          + d.parent().map(Ast.Name::text).orElse("?") + "', which gives " + parentShape.get() + "; it cannot give "
          + kind, pos);
      return true;
    }
    return false;
  }

  /** Applies one declaration's items; {@code own} is true for the definition being compiled (tests count). */
  void apply(Ast.DefinitionDecl d, boolean own, Diags diags) {
    if (d.title().isPresent()) {
      title = d.title();
    }
    Optional<String> parentShape = d.parent().isPresent() ? shapeKind() : Optional.empty();
    Set<String> settingsHere = new HashSet<>();
    Map<String, Pos> namesHere = new HashMap<>();
    for (Ast.DefItem item : d.items()) {
      if (item instanceof Ast.Setting s) {
        if (!settingsHere.add(s.key())) {
          diags.error(PolicyCompiler.DUPLICATE, "'" + s.key() + "' is set twice in definition '" + d.id().text()
              + "'", s.pos());
        }
        settings.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
      } else if (item instanceof Ast.LicenseSet l) {
        if (unique(namesHere, "licenses " + l.name().text(), l.name().pos(), "licence set '" + l.name().text()
            + "'", diags)) {
          licenseSets.put(l.name().text(), l);
        }
      } else if (item instanceof Ast.Drop drop) {
        drop(drop, diags);
      } else if (item instanceof Ast.Require r) {
        String id = id(r.id(), r.condition(), "");
        if (unique(namesHere, "rule " + id, r.pos(), "requirement id '" + id + "'", diags)) {
          Optional<TierParts> inTier = tiers.values().stream().filter(t -> t.requires.containsKey(id)).findFirst();
          if (inTier.isPresent()) {
            inTier.get().requires.put(id, r); // overriding a tier's requirement keeps it in its tier
          } else if (!changesShape(parentShape, "requirements", d, r.pos(), diags)) {
            requires.put(id, r);
          }
          ids.put(r, id);
        }
      } else if (item instanceof Ast.Warn w) {
        String id = id(w.id(), w.condition(), "warn-");
        if (unique(namesHere, "rule " + id, w.pos(), "warning id '" + id + "'", diags)) {
          Optional<TierParts> inTier = tiers.values().stream().filter(t -> t.warnings.containsKey(id)).findFirst();
          if (inTier.isPresent()) {
            inTier.get().warnings.put(id, w); // overriding a tier's warning keeps it in its tier
          } else {
            warnings.put(id, w);
          }
          ids.put(w, id);
        }
      } else if (item instanceof Ast.TierDecl t) {
        if (tiers.containsKey(t.name().value()) || !changesShape(parentShape, "tiers", d, t.pos(), diags)) {
          tier(t, namesHere, diags);
        }
      } else if (item instanceof Ast.ScoreDecl sc) {
        if (changesShape(parentShape, "a score", d, sc.pos(), diags)) {
          continue;
        }
        for (Ast.ScoreEntry e : sc.entries()) {
          if (e instanceof Ast.Group g) {
            g.dimensions().forEach(dim -> dimension(dim, g.name().value(), namesHere, diags));
          } else {
            dimension((Ast.DimensionDecl) e, null, namesHere, diags);
          }
        }
      } else if (item instanceof Ast.CategoryDecl c) {
        if (changesShape(parentShape, "categories", d, c.pos(), diags)) {
          continue;
        }
        if (unique(namesHere, "category " + c.name().value(), c.name().pos(), "category '" + c.name().value() + "'",
            diags)) {
          categories.put(c.name().value(), c);
        }
      } else if (item instanceof Ast.TestDecl t && own) {
        if (unique(namesHere, "test " + t.name().value(), t.name().pos(), "test '" + t.name().value() + "'",
            diags)) {
          tests.add(t);
        }
      }
    }
  }

  private void tier(Ast.TierDecl t, Map<String, Pos> namesHere, Diags diags) {
    if (!unique(namesHere, "tier " + t.name().value(), t.name().pos(), "tier '" + t.name().value() + "'", diags)) {
      return;
    }
    TierParts parts = tiers.get(t.name().value());
    if (parts == null) {
      parts = new TierParts(t);
      tiers.put(parts.name, parts);
    } else {
      parts.decl = t;
      if (t.parent().isPresent()) {
        parts.parent = t.parent();
      }
    }
    for (Ast.DefItem rule : t.rules()) {
      if (rule instanceof Ast.Require r) {
        String id = id(r.id(), r.condition(), "");
        if (unique(namesHere, "rule " + id, r.pos(), "requirement id '" + id + "'", diags)) {
          if (!parts.requires.containsKey(id)) {
            removeEverywhere(id);
          }
          parts.requires.put(id, r);
          ids.put(r, id);
        }
      } else if (rule instanceof Ast.Warn w) {
        String id = id(w.id(), w.condition(), "warn-");
        if (unique(namesHere, "rule " + id, w.pos(), "warning id '" + id + "'", diags)) {
          warnings.remove(id);
          tiers.values().forEach(other -> other.warnings.remove(id));
          parts.warnings.put(id, w);
          ids.put(w, id);
        }
      }
    }
  }

  private void dimension(Ast.DimensionDecl dim, String group, Map<String, Pos> namesHere, Diags diags) {
    if (unique(namesHere, "dimension " + dim.id().text(), dim.id().pos(), "dimension '" + dim.id().text() + "'",
        diags)) {
      dimensions.put(dim.id().text(), dim);
      if (group != null) {
        dimensionGroups.put(dim.id().text(), group);
      } else {
        dimensionGroups.remove(dim.id().text());
      }
    }
  }

  private void drop(Ast.Drop drop, Diags diags) {
    String id = drop.id().text();
    if (requires.remove(id) != null) {
      return;
    }
    for (TierParts t : tiers.values()) {
      if (t.requires.remove(id) != null) {
        return;
      }
    }
    List<String> known = new ArrayList<>(requires.keySet());
    tiers.values().forEach(t -> known.addAll(t.requires.keySet()));
    diags.error(PolicyCompiler.UNKNOWN_REQUIREMENT, "there is no inherited requirement '" + id + "' to drop"
        + Suggestions.didYouMean(id, known), drop.id().pos());
  }

  /** A requirement replaced by a child may have lived in a tier or at the top: it lives where the child says. */
  private void removeEverywhere(String id) {
    requires.remove(id);
    tiers.values().forEach(t -> t.requires.remove(id));
  }

  private static boolean unique(Map<String, Pos> here, String key, Pos pos, String what, Diags diags) {
    Pos first = here.putIfAbsent(key, pos);
    if (first != null) {
      diags.error(PolicyCompiler.DUPLICATE, what + " is used twice (first at " + first + ")"
          + (what.startsWith("requirement") || what.startsWith("warning")
              ? "; give each rule its own id: 'require my-id: ...'" : ""), pos);
      return false;
    }
    return true;
  }

  private static String id(Optional<Ast.Name> given, Ast.Cond c, String prefix) {
    return given.map(Ast.Name::text).orElseGet(() -> prefix + RuleIds.derive(c));
  }
}
