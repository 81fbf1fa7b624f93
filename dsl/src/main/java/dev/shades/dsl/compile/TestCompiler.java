package dev.shades.dsl.compile;

import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Requirement;
import dev.shades.core.definition.Shape;
import dev.shades.core.definition.WarningRule;
import dev.shades.core.diagnostic.SourceLocation;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.diagnostic.Suggestions;
import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.license.LicenseReader;
import dev.shades.core.model.Availability;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.ContentType;
import dev.shades.core.model.Fact;
import dev.shades.core.model.FactValue;
import dev.shades.core.model.Facts;
import dev.shades.core.model.Grade;
import dev.shades.core.model.LicenseDefaults;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Release;
import dev.shades.dsl.ast.Ast;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Compiles a definition's {@code test} blocks: their releases (inline or a file) and their expectations. */
final class TestCompiler {
  static final String TEST_RELEASE = "test-release";
  static final String EXPECTATION = "invalid-expectation";

  private final Diags diags;
  private final ComponentCatalog catalog;
  private final LicenseReader licenses;

  TestCompiler(Diags diags, ComponentCatalog catalog, LicenseKnowledge knowledge, boolean strict) {
    this.diags = diags;
    this.catalog = catalog;
    this.licenses = new LicenseReader(knowledge, strict);
  }

  List<PolicyTest> tests(Definition def, List<Ast.TestDecl> decls, Path policyFile) {
    List<PolicyTest> out = new ArrayList<>();
    for (Ast.TestDecl t : decls) {
      Optional<Path> file = Optional.empty();
      Optional<Release> inline = Optional.empty();
      if (t.release().isEmpty()) {
        diags.error(TEST_RELEASE, "test '" + t.name().value() + "' needs a release: 'release \"file.yaml\"' or "
            + "'release { ... }'", t.name().pos());
        continue;
      }
      if (t.release().get() instanceof Ast.ReleaseFile f) {
        try {
          Path parent = policyFile.getParent();
          Path path = (parent == null ? Path.of(f.path().value()) : parent.resolve(f.path().value())).normalize();
          if (!Files.isRegularFile(path)) {
            diags.error(TEST_RELEASE, "release file '" + f.path().value() + "' not found (looked for " + path + ")",
                f.path().pos());
            continue;
          }
          file = Optional.of(path);
        } catch (InvalidPathException e) {
          diags.error(TEST_RELEASE, "'" + f.path().value() + "' is not a valid path", f.path().pos());
          continue;
        }
      } else {
        inline = inline((Ast.InlineRelease) t.release().get(), t.name().value());
        if (inline.isEmpty()) {
          continue;
        }
      }
      List<PolicyTest.Expectation> expectations = new ArrayList<>();
      for (Ast.Expectation e : t.expectations()) {
        expectation(def, e).ifPresent(expectations::add);
      }
      if (t.expectations().isEmpty()) {
        diags.error(EXPECTATION, "test '" + t.name().value() + "' expects nothing; add 'expect ...'",
            t.name().pos());
      }
      out.add(new PolicyTest(def.id(), t.name().value(), file, inline, expectations, t.pos().span()));
    }
    return out;
  }

  private Optional<Release> inline(Ast.InlineRelease r, String testName) {
    int before = diags.errorCount();
    String name = testName;
    Map<String, Component> components = new LinkedHashMap<>();
    Map<String, Fact<FactValue>> facts = new LinkedHashMap<>();
    LicenseStatement all = LicenseStatement.inherit();
    Map<ContentType, LicenseStatement> byType = new EnumMap<>(ContentType.class);
    for (Ast.InlineItem item : r.items()) {
      switch (item.key()) {
        case "name" -> name = item.text().orElseThrow().value();
        case "licenses" -> {
          Ast.Name target = item.names().get(0);
          Optional<LicenseStatement> l = license(item.text().orElseThrow());
          if (target.text().equals("default")) {
            all = l.orElse(all);
          } else {
            Optional<ContentType> type = ContentType.fromId(target.text());
            if (type.isEmpty()) {
              diags.error(Scope.UNKNOWN_VALUE, "unknown licence default '" + target.text() + "' (one of: default, "
                  + "code, data, document)", target.pos());
            } else {
              l.ifPresent(x -> byType.put(type.get(), x));
            }
          }
        }
        case "fact" -> {
          String key = item.names().get(0).text();
          FactValue v = item.text().<FactValue>map(t -> new FactValue.Text(t.value())).orElseGet(() -> {
            String lit = item.literal().orElseThrow();
            if (lit.equals("true") || lit.equals("false")) {
              return new FactValue.Bool(Boolean.parseBoolean(lit));
            }
            try {
              return new FactValue.Number(Double.parseDouble(lit));
            } catch (NumberFormatException e) {
              return new FactValue.TextList(List.of(lit));
            }
          });
          facts.put(key, Fact.of(v));
        }
        default -> {
          Ast.Name kindName = item.names().get(0);
          Ast.Name availability = item.names().get(1);
          Optional<ComponentKind> kind = catalog.find(kindName.text());
          if (kind.isEmpty()) {
            diags.error(Scope.UNKNOWN_COMPONENT, "unknown component kind '" + kindName.text() + "'"
                + catalog.didYouMean(kindName.text()), kindName.pos());
            continue;
          }
          Optional<Availability> a = Availability.fromId(availability.text());
          if (a.isEmpty()) {
            diags.error(Scope.UNKNOWN_VALUE, "unknown availability '" + availability.text() + "'"
                + Suggestions.didYouMean(availability.text(), Availability.ids()) + " (one of: "
                + String.join(", ", Availability.ids()) + ")", availability.pos());
            continue;
          }
          Component.Builder c = Component.builder(kind.get()).availability(a.get());
          item.text().flatMap(this::license).ifPresent(c::license);
          item.grade().ifPresent(g -> {
            Optional<Grade> grade = Grade.fromId(g.text());
            if (grade.isEmpty()) {
              diags.error(Scope.UNKNOWN_VALUE, "unknown grade '" + g.text() + "' (one of: open, partial, closed)",
                  g.pos());
            }
            grade.ifPresent(c::grade);
          });
          components.put(kind.get().id(), c.build());
        }
      }
    }
    if (diags.errorCount() > before) {
      return Optional.empty();
    }
    Release.Builder b = Release.builder(name).licenses(new LicenseDefaults(all, byType)).facts(new Facts(facts));
    components.values().forEach(b::component);
    return Optional.of(b.build());
  }

  private Optional<LicenseStatement> license(Ast.Text text) {
    SourceLocation at = text.pos().span().start().shiftedBy(1);
    LicenseReader.Reading reading = licenses.read(text.value(), at, SourceText.empty(at.file()));
    // Re-quote the diagnostics with the policy's own lines.
    reading.diagnostics().forEach(d -> diags.report(d.severity(), d.code(), d.message(),
        new dev.shades.core.diagnostic.SourceSpan(d.location().file(), d.location().line(), d.location().column(),
            d.location().line(), d.location().column() + d.length())));
    return reading.hasErrors() ? Optional.empty() : Optional.of(reading.statement());
  }

  private Optional<PolicyTest.Expectation> expectation(Definition def, Ast.Expectation e) {
    Shape shape = def.shape();
    String kind = e.kind();
    boolean fits = switch (kind) {
      case "passed", "failed", "undetermined" -> shape instanceof Shape.Binary;
      case "tier" -> shape instanceof Shape.Tiers;
      case "score" -> shape instanceof Shape.Score;
      case "category" -> shape instanceof Shape.Categories;
      default -> true;
    };
    if (!fits) {
      String what = shape instanceof Shape.Binary ? "passed, failed or undetermined"
          : shape instanceof Shape.Tiers ? "a tier" : shape instanceof Shape.Score ? "a score" : "a category";
      diags.error(EXPECTATION, "definition '" + def.id() + "' gives " + what + "; 'expect " + kind
          + "' does not fit it", e.pos());
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    e.names().forEach(n -> names.add(n.text()));
    if (kind.equals("tier") && e.text().isPresent()) {
      List<String> tiers = ((Shape.Tiers) shape).tiers().stream().map(t -> t.name()).toList();
      String tier = e.text().get().value();
      if (!tiers.contains(tier)) {
        diags.error(PolicyCompiler.UNKNOWN_TIER, "unknown tier '" + tier + "'" + Suggestions.didYouMean(tier,
            tiers), e.text().get().pos());
        return Optional.empty();
      }
    }
    if (kind.equals("category") && e.text().isPresent()) {
      List<String> cats = ((Shape.Categories) shape).categories().stream().map(c -> c.name()).toList();
      String cat = e.text().get().value();
      if (!cats.contains(cat)) {
        diags.error("unknown-category", "unknown category '" + cat + "'" + Suggestions.didYouMean(cat, cats),
            e.text().get().pos());
        return Optional.empty();
      }
    }
    if (kind.equals("satisfied") || kind.equals("violated") || kind.equals("unknown")) {
      List<String> ids = new ArrayList<>(def.requirements().stream().map(Requirement::id).toList());
      if (shape instanceof Shape.Categories c) {
        c.categories().forEach(x -> ids.add(x.name()));
      } else if (shape instanceof Shape.Score s) {
        s.dimensions().forEach(x -> ids.add(x.id()));
      }
      for (Ast.Name n : e.names()) {
        if (!ids.contains(n.text())) {
          diags.error(PolicyCompiler.UNKNOWN_REQUIREMENT, "unknown requirement '" + n.text() + "'"
              + Suggestions.didYouMean(n.text(), ids), n.pos());
          return Optional.empty();
        }
      }
    }
    if (kind.equals("warning")) {
      List<String> codes = new ArrayList<>(def.warnings().stream().map(WarningRule::id).toList());
      if (shape instanceof Shape.Tiers t) {
        t.tiers().forEach(x -> x.warnings().forEach(w -> codes.add(w.id())));
      }
      String code = names.get(0);
      if (!codes.contains(code)) {
        diags.error("unknown-warning", "unknown warning '" + code + "'" + Suggestions.didYouMean(code, codes),
            e.names().get(0).pos());
        return Optional.empty();
      }
    }
    return Optional.of(new PolicyTest.Expectation(kind, e.text().map(Ast.Text::value),
        e.number().map(n -> OptionalDouble.of(n.value())).orElse(OptionalDouble.empty()), names, e.pos().span()));
  }
}
