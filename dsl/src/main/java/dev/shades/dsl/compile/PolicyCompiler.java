package dev.shades.dsl.compile;

import dev.shades.core.definition.Category;
import dev.shades.core.definition.Condition;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.DefinitionBuilder;
import dev.shades.core.definition.Dimension;
import dev.shades.core.definition.Requirement;
import dev.shades.core.definition.Shape;
import dev.shades.core.definition.Tier;
import dev.shades.core.definition.UnknownPolicy;
import dev.shades.core.definition.Value;
import dev.shades.core.definition.WarningRule;
import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.SourceLocation;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.diagnostic.Suggestions;
import dev.shades.core.license.LicenseInfo;
import dev.shades.core.license.LicenseKind;
import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.license.LicenseSource;
import dev.shades.core.license.LicenseTraits;
import dev.shades.core.license.Trait;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.ContentType;
import dev.shades.dsl.ast.Ast;
import dev.shades.dsl.ast.Pos;
import dev.shades.dsl.parser.PolicyParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Checks and compiles policy files. A file may import others (paths relative to it); its definitions may extend
 * definitions of imported files (or of the library the compiler was given, such as the built-in definitions).
 * Thread-safe: one compiler may compile many files at once.
 */
public final class PolicyCompiler {
  static final String UNKNOWN_IMPORT = "unknown-import";
  static final String IMPORT_CYCLE = "import-cycle";
  static final String UNKNOWN_DEFINITION = "unknown-definition";
  static final String EXTENDS_CYCLE = "extends-cycle";
  static final String DUPLICATE = "duplicate-name";
  static final String UNKNOWN_TIER = "unknown-tier";
  static final String UNKNOWN_REQUIREMENT = "unknown-requirement";
  static final String MIXED_SHAPES = "mixed-shapes";
  static final String NO_VERDICT = "no-verdict";
  static final String NEVER_HOLDS = "never-holds";
  static final String UNREACHABLE_TIER = "unreachable-tier";
  static final String SHADOWED_TIER = "shadowed-tier";
  static final String INVALID_SETTING = "invalid-setting";
  static final String UNKNOWN_VALUE = Scope.UNKNOWN_VALUE;

  private final PolicyParser parser;
  private final LicenseKnowledge baseKnowledge;
  private final ComponentCatalog baseCatalog;
  private final Map<String, SourceText> library;
  private final boolean strictLicenses;
  private final boolean withTests;

  private PolicyCompiler(PolicyParser parser, LicenseKnowledge knowledge, ComponentCatalog catalog,
      Map<String, SourceText> library, boolean strictLicenses, boolean withTests) {
    this.parser = parser;
    this.baseKnowledge = knowledge;
    this.baseCatalog = catalog;
    this.library = Map.copyOf(library);
    this.strictLicenses = strictLicenses;
    this.withTests = withTests;
  }

  /** A compiler with the standard knowledge base and catalogue, the default limits and no library. */
  public static PolicyCompiler create() {
    return new PolicyCompiler(PolicyParser.create(), LicenseKnowledge.standard(), ComponentCatalog.standard(),
        Map.of(), false, true);
  }

  /**
   * This compiler with a library of policy texts whose definitions any file may extend without importing them
   * (the built-in definitions are such a library).
   */
  public PolicyCompiler withLibrary(Map<String, SourceText> sources) {
    return new PolicyCompiler(parser, baseKnowledge, baseCatalog, sources, strictLicenses, withTests);
  }

  /** This compiler with other parser limits. */
  public PolicyCompiler withLimits(PolicyParser.Limits limits) {
    return new PolicyCompiler(new PolicyParser(limits), baseKnowledge, baseCatalog, library, strictLicenses,
        withTests);
  }

  /** This compiler with another knowledge base. */
  public PolicyCompiler withKnowledge(LicenseKnowledge knowledge) {
    return new PolicyCompiler(parser, knowledge, baseCatalog, library, strictLicenses, withTests);
  }

  /**
   * This compiler without test blocks: they are still parsed, but not checked or compiled (their release files
   * need not exist). For loading definitions to use, such as the built-in ones from the jar.
   */
  public PolicyCompiler withoutTests() {
    return new PolicyCompiler(parser, baseKnowledge, baseCatalog, library, strictLicenses, false);
  }

  /** Compiles a policy file. Diagnostics name the file as the path was given. */
  public CompileResult compile(Path file) {
    return new Run().compileRoot(file, null);
  }

  /** Compiles policy text; imports and test release paths resolve against the current directory. */
  public CompileResult compile(SourceText source) {
    return new Run().compileRoot(Path.of(source.name()), source);
  }

  // =============================================================================================================

  /** One compilation: the files loaded, the declarations found, the diagnostics. */
  private final class Run {
    final Diags diags = new Diags(50);
    /** Loaded files by normalised absolute path (or library name), in load order. */
    final Map<String, Loaded> files = new LinkedHashMap<>();
    final Map<String, DefSite> definitions = new LinkedHashMap<>();
    LicenseKnowledge knowledge = baseKnowledge;
    ComponentCatalog catalog = baseCatalog;

    record Loaded(String key, Path path, SourceText source, Ast.PolicyFile ast, boolean inLibrary) {}

    record DefSite(Ast.DefinitionDecl decl, Loaded file) {}

    CompileResult compileRoot(Path path, SourceText given) {
      Loaded root = load(path, given, new ArrayList<>(), null);
      for (Map.Entry<String, SourceText> e : library.entrySet()) {
        if (files.values().stream().noneMatch(f -> f.source().name().equals(e.getKey()))) {
          loadLibrary(e.getValue());
        }
      }
      if (root == null) {
        return finish(List.of());
      }
      declarations();
      List<CompiledDefinition> out = new ArrayList<>();
      for (Loaded f : files.values()) {
        if (f.inLibrary()) {
          continue;
        }
        for (Ast.Item item : f.ast().items()) {
          if (item instanceof Ast.DefinitionDecl d && definitions.get(d.id().text()).decl() == d) {
            CompiledDefinition compiled;
            try {
              compiled = definition(d, f);
            } catch (StackOverflowError e) {
              diags.error(PolicyParser.TOO_DEEP, "definition '" + d.id().text() + "' has an expression too long or "
                  + "too deeply nested to compile; split it into several requirements", d.id().pos());
              compiled = null;
            }
            if (compiled != null && f == root) {
              out.add(compiled);
            }
          }
        }
      }
      return finish(diags.hasErrors() ? List.of() : out);
    }

    private CompileResult finish(List<CompiledDefinition> defs) {
      List<Diagnostic> all = new ArrayList<>(diags.all());
      all.sort(Diagnostics.BY_POSITION);
      return new CompileResult(defs, all);
    }

    // ---- loading ------------------------------------------------------------------------------------------------

    private Loaded load(Path path, SourceText given, List<String> stack, Ast.Import via) {
      String key;
      try {
        key = path.toAbsolutePath().normalize().toString();
      } catch (InvalidPathException | java.io.IOError e) {
        diags.error(UNKNOWN_IMPORT, "not a valid path", via.pos());
        return null;
      }
      if (stack.contains(key)) {
        List<String> cycle = new ArrayList<>();
        for (String k : stack.subList(stack.indexOf(key), stack.size())) {
          cycle.add(files.get(k).source().name());
        }
        cycle.add(path.toString());
        diags.error(IMPORT_CYCLE, "import cycle: " + String.join(" -> ", cycle), via.pos());
        return null;
      }
      Loaded done = files.get(key);
      if (done != null) {
        return done;
      }
      SourceText source = given;
      if (source == null) {
        Optional<String> text = readText(path, via == null ? null : via.path().value(), via);
        if (text.isEmpty()) {
          return null;
        }
        source = SourceText.of(path.toString(), text.get());
      }
      diags.source(source);
      PolicyParser.Result parsed = parser.parse(source);
      parsed.diagnostics().forEach(diags::add);
      if (parsed.file().isEmpty()) {
        return null;
      }
      Loaded loaded = new Loaded(key, path, source, parsed.file().get(), false);
      files.put(key, loaded);
      stack.add(key);
      for (Ast.Import imp : loaded.ast().imports()) {
        Path target;
        try {
          Path parent = path.getParent();
          target = (parent == null ? Path.of(imp.path().value()) : parent.resolve(imp.path().value())).normalize();
        } catch (InvalidPathException e) {
          diags.error(UNKNOWN_IMPORT, "'" + imp.path().value() + "' is not a valid path", imp.path().pos());
          continue;
        }
        load(target, null, stack, imp);
        // (problems reading the file are reported at the import, quoting the path as written)
      }
      stack.remove(stack.size() - 1);
      return loaded;
    }

    private void loadLibrary(SourceText source) {
      diags.source(source);
      PolicyParser.Result parsed = parser.parse(source);
      parsed.diagnostics().forEach(diags::add);
      parsed.file().ifPresent(ast -> files.put("library:" + source.name(),
          new Loaded("library:" + source.name(), Path.of(source.name()), source, ast, true)));
    }

    private Optional<String> readText(Path path, String written, Ast.Import via) {
      Pos where = via == null ? null : via.path().pos();
      String name = written != null ? written : path.toString();
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        // Policy text names the files it imports: never read devices or pipes, which may block or never end.
        fileProblem(via == null ? "file-unreadable" : UNKNOWN_IMPORT, "not a regular file", name, where);
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(path)) {
        int max = 1024 * 1024;
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
          fileProblem(PolicyParser.TOO_LARGE, "policy file is larger than the limit of " + max + " bytes", name,
              where);
          return Optional.empty();
        }
        return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString());
      } catch (CharacterCodingException e) {
        fileProblem("not-utf8", "is not UTF-8 text", name, where);
      } catch (IOException | SecurityException e) {
        boolean missing = e instanceof java.nio.file.NoSuchFileException;
        fileProblem(via == null ? "file-unreadable" : UNKNOWN_IMPORT, missing ? "no such file" + nearby(path)
            : "cannot read the file: " + e.getMessage(), name, where);
      }
      return Optional.empty();
    }

    /** A "did you mean" hint naming a policy file beside the missing one whose name is close. */
    private String nearby(Path missing) {
      Path dir = missing.toAbsolutePath().getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        return "";
      }
      try (java.util.stream.Stream<Path> files = Files.list(dir)) {
        List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".shade")).toList();
        return Suggestions.didYouMean(String.valueOf(missing.getFileName()), names);
      } catch (IOException | RuntimeException e) {
        return "";
      }
    }

    private void fileProblem(String code, String message, String name, Pos where) {
      if (where != null) {
        diags.error(code, "cannot import '" + name + "': " + message, where);
        return;
      }
      diags.add(Diagnostic.error(code, message, SourceLocation.startOf(name), SourceText.empty(name)));
    }

    // ---- declarations -------------------------------------------------------------------------------------------

    private void declarations() {
      Map<String, Ast.Name> kinds = new LinkedHashMap<>();
      Map<String, Ast.Name> licences = new LinkedHashMap<>();
      // Copying the knowledge base is the costliest step of a compile: do it only for files that declare licences.
      boolean declaresLicences = files.values().stream()
          .anyMatch(f -> f.ast().items().stream().anyMatch(Ast.LicenseDecl.class::isInstance));
      LicenseKnowledge.Builder kb = declaresLicences ? baseKnowledge.toBuilder() : null;
      // The library first, so that a clash with one of its definitions is reported at the user's definition.
      List<Loaded> ordered = new ArrayList<>(files.values());
      ordered.sort(java.util.Comparator.comparing(f -> !f.inLibrary()));
      for (Loaded f : ordered) {
        for (Ast.Item item : f.ast().items()) {
          if (item instanceof Ast.KindDecl k) {
            kindDecl(k, kinds);
          } else if (item instanceof Ast.LicenseDecl l) {
            licenseDecl(l, licences, kb);
          } else if (item instanceof Ast.DefinitionDecl d) {
            DefSite before = definitions.get(d.id().text());
            if (before != null && before.file().inLibrary()) {
              diags.error(DUPLICATE, "definition '" + d.id().text() + "' has the id of a built-in definition; "
                  + "extend it under a new id instead", d.id().pos());
            } else if (before != null) {
              diags.error(DUPLICATE, "definition '" + d.id().text() + "' is declared twice (first at "
                  + before.decl().id().pos() + ")", d.id().pos());
            } else {
              definitions.put(d.id().text(), new DefSite(d, f));
            }
          }
        }
      }
      knowledge = kb == null ? baseKnowledge : kb.build();
    }

    private void kindDecl(Ast.KindDecl k, Map<String, Ast.Name> seen) {
      String id = k.id().text();
      if (seen.containsKey(id) || baseCatalog.find(id).isPresent()) {
        diags.error(DUPLICATE, "component kind '" + id + "' is already "
            + (seen.containsKey(id) ? "declared at " + seen.get(id).pos() : "in the standard catalogue"),
            k.id().pos());
        return;
      }
      if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
        diags.error(INVALID_SETTING, "a component kind id is kebab-case, like 'safety-evaluation'", k.id().pos());
        return;
      }
      Optional<ContentType> type = ContentType.fromId(k.contentType().text());
      if (type.isEmpty()) {
        diags.error(UNKNOWN_VALUE, "unknown content type '" + k.contentType().text() + "'"
            + Suggestions.didYouMean(k.contentType().text(), ContentType.ids()) + " (one of: code, data, document)",
            k.contentType().pos());
        return;
      }
      seen.put(id, k.id());
      catalog = catalog.with(new ComponentKind(id, k.title().value(), type.get(),
          k.description().map(Ast.Text::value).orElse(k.title().value())));
    }

    private void licenseDecl(Ast.LicenseDecl l, Map<String, Ast.Name> seen, LicenseKnowledge.Builder kb) {
      String id = l.id().text();
      if (seen.containsKey(id)) {
        diags.error(DUPLICATE, "licence '" + id + "' is declared twice (first at " + seen.get(id).pos() + ")",
            l.id().pos());
        return;
      }
      boolean known = baseKnowledge.find(id).isPresent();
      if (!known && !id.startsWith("LicenseRef-")) {
        diags.error(Scope.UNKNOWN_LICENSE, "a licence that is not on the SPDX list needs a LicenseRef- id, such "
            + "as 'LicenseRef-" + id + "'", l.id().pos());
        return;
      }
      seen.put(id, l.id());
      Optional<LicenseKind> kind = Optional.empty();
      Set<ContentType> suited = EnumSet.noneOf(ContentType.class);
      Set<Trait> traits = EnumSet.noneOf(Trait.class);
      OptionalLong users = OptionalLong.empty();
      List<String> excluded = new ArrayList<>();
      Optional<String> url = Optional.empty();
      boolean osi = false;
      Pos usersPos = null;
      for (Ast.LicenseField field : l.fields()) {
        switch (field.key()) {
          case "url" -> url = field.text().map(Ast.Text::value);
          case "kind" -> {
            Ast.Name n = field.names().get(0);
            kind = LicenseKind.fromId(n.text());
            if (kind.isEmpty()) {
              diags.error(UNKNOWN_VALUE, "unknown licence kind '" + n.text() + "'" + Suggestions.didYouMean(
                  n.text(), LicenseKind.ids()) + " (one of: " + String.join(", ", LicenseKind.ids()) + ")", n.pos());
            }
          }
          case "suited" -> field.names().forEach(n -> {
            Optional<ContentType> t = ContentType.fromId(n.text());
            if (t.isEmpty()) {
              diags.error(UNKNOWN_VALUE, "unknown content type '" + n.text() + "'" + Suggestions.didYouMean(
                  n.text(), ContentType.ids()) + " (one of: code, data, document)", n.pos());
            }
            t.ifPresent(suited::add);
          });
          case "traits" -> field.names().forEach(n -> {
            Optional<Trait> t = Trait.fromId(n.text());
            if (t.isEmpty()) {
              diags.error(Scope.UNKNOWN_TRAIT, "unknown licence trait '" + n.text() + "'"
                  + Suggestions.didYouMean(n.text(), Trait.ids()), n.pos());
            }
            t.ifPresent(traits::add);
          });
          case "users" -> {
            users = OptionalLong.of((long) field.number().orElseThrow().value());
            usersPos = field.pos();
          }
          case "excluded" -> field.names().forEach(n -> excluded.add(n.text()));
          default -> osi = true;
        }
      }
      if (kind.isEmpty()) {
        if (l.fields().stream().noneMatch(f -> f.key().equals("kind"))) {
          diags.error("missing-field", "licence '" + id + "' needs a 'kind' (one of: "
              + String.join(", ", LicenseKind.ids()) + ")", l.id().pos());
        }
        return;
      }
      if (users.isPresent()) {
        traits.add(Trait.USER_THRESHOLD);
      } else if (traits.contains(Trait.USER_THRESHOLD)) {
        diags.error("missing-field", "licence '" + id + "' has the user-threshold trait; say how many users with "
            + "'users N'", l.id().pos());
        return;
      }
      if (!excluded.isEmpty()) {
        traits.add(Trait.EXCLUDED_JURISDICTIONS);
      } else if (traits.contains(Trait.EXCLUDED_JURISDICTIONS)) {
        diags.error("missing-field", "licence '" + id + "' has the excluded-jurisdictions trait; name them with "
            + "'excluded EU, ...'", l.id().pos());
        return;
      }
      if (usersPos != null && (users.getAsLong() <= 0 || users.getAsLong() >= 1_000_000_000_000L)) {
        diags.error(Scope.INVALID_NUMBER, "a user threshold is a positive number below 1e12", usersPos);
        return;
      }
      LicenseTraits t = new LicenseTraits(kind.get(), suited, traits, users, excluded, Optional.empty());
      if (known) {
        kb.traits(id, t);
      } else {
        kb.license(new LicenseInfo(id, l.title().value(), url, osi, Optional.empty(), false, LicenseSource.USER,
            Optional.of(t)));
      }
    }

    // ---- definitions --------------------------------------------------------------------------------------------

    private CompiledDefinition definition(Ast.DefinitionDecl d, Loaded file) {
      int errorsBefore = diags.errorCount();
      List<DefSite> chain = chain(d, file);
      if (chain == null) {
        return null;
      }
      Effective eff = new Effective();
      StringBuilder sources = new StringBuilder();
      for (int i = chain.size() - 1; i >= 0; i--) {
        DefSite site = chain.get(i);
        eff.apply(site.decl(), i == 0, diags);
        sources.append(site.file().source().text()).append('\u0000');
      }
      Scope scope = new Scope(catalog, knowledge, eff.licenseSets, diags);
      scope.compileLicenseSets();
      DefinitionBuilder b = Definition.builder(d.id().text())
          .title(eff.title.map(Ast.Text::value).orElse(d.id().text()))
          .version(eff.setting("version").orElse(""))
          .knowledge(knowledge)
          .catalog(catalog)
          .sourceHash("sha256:" + DefinitionBuilder.sha256(sources.toString()));
      eff.setting("source").ifPresent(b::source);
      eff.settings.getOrDefault("unknown", List.of()).stream().reduce((a, c) -> c).ifPresent(s -> {
        if (s.value().equals("violated") || Double.parseDouble(s.value()) == 0) {
          b.unknownPolicy(UnknownPolicy.AS_VIOLATED);
        } else {
          diags.error(INVALID_SETTING, "unknown facts can count as 'violated' or as 0, not as " + s.value(),
              s.pos());
        }
      });
      eff.setting("progress").ifPresent(p -> b.progress(p.equals("gated") ? Shape.Progress.GATED
          : Shape.Progress.CUMULATIVE));
      eff.setting("score").ifPresent(t -> b.total(t.equals("sum") ? Shape.Total.SUM : Shape.Total.MEAN));

      // Exactly one verdict shape.
      List<Pos> shapes = new ArrayList<>();
      List<String> shapeNames = new ArrayList<>();
      if (!eff.requires.isEmpty()) {
        shapes.add(eff.requires.values().iterator().next().pos());
        shapeNames.add("requirements");
      }
      if (!eff.tiers.isEmpty()) {
        shapes.add(eff.tiers.values().iterator().next().decl.pos());
        shapeNames.add("tiers");
      }
      if (!eff.dimensions.isEmpty()) {
        shapes.add(eff.dimensions.values().iterator().next().pos());
        shapeNames.add("a score");
      }
      if (!eff.categories.isEmpty()) {
        shapes.add(eff.categories.values().iterator().next().pos());
        shapeNames.add("categories");
      }
      if (shapes.isEmpty()) {
        diags.error(NO_VERDICT, "definition '" + d.id().text() + "' gives no verdict: add requirements, tiers, a "
            + "score or categories", d.id().pos());
        return null;
      }
      if (shapes.size() > 1) {
        diags.error(MIXED_SHAPES, "definition '" + d.id().text() + "' mixes " + shapeNames.get(0) + " and "
            + shapeNames.get(1) + "; a definition gives one kind of verdict", shapes.get(1));
        return null;
      }
      if (eff.tiers.isEmpty() && eff.settings.containsKey("progress")) {
        List<Ast.Setting> progress = eff.settings.get("progress");
        diags.warning("unused-setting", "'progress' only matters for tiers; this definition has none",
            progress.get(progress.size() - 1).pos());
      }
      if (eff.dimensions.isEmpty() && eff.settings.containsKey("score")) {
        List<Ast.Setting> total = eff.settings.get("score");
        diags.warning("unused-setting", "'score " + total.get(total.size() - 1).value()
            + "' only matters for a score; this definition has none", total.get(total.size() - 1).pos());
      }
      for (Ast.Require r : eff.requires.values()) {
        b.require(requirement(eff.ids.get(r), r, scope));
      }
      tiers(eff, scope, b);
      for (Map.Entry<String, Ast.DimensionDecl> e : eff.dimensions.entrySet()) {
        b.dimension(dimension(e.getValue(), eff.dimensionGroups.get(e.getKey()), scope));
      }
      for (Ast.CategoryDecl c : eff.categories.values()) {
        b.category(new Category(c.name().value(), c.condition().map(scope::condition)
            .orElse(new Condition.Constant(true)), c.because().map(Ast.Text::value)));
      }
      for (Ast.Warn w : eff.warnings.values()) {
        b.warn(warning(eff.ids.get(w), w, scope));
      }
      if (diags.errorCount() > errorsBefore) {
        return null;
      }
      Definition def;
      try {
        def = b.build();
      } catch (IllegalStateException e) {
        diags.error(INVALID_SETTING, e.getMessage(), d.id().pos());
        return null;
      }
      reachability(def, eff);
      List<PolicyTest> tests = !withTests ? List.of() : new TestCompiler(diags, catalog, knowledge, strictLicenses)
          .tests(def, eff.tests, file.path());
      return diags.errorCount() > errorsBefore ? null : new CompiledDefinition(def, tests, d.pos().span());
    }

    /** The definition and those it extends, the definition first; null (with a diagnostic) on errors. */
    private List<DefSite> chain(Ast.DefinitionDecl d, Loaded file) {
      List<DefSite> chain = new ArrayList<>();
      chain.add(new DefSite(d, file));
      Set<String> seen = new HashSet<>();
      seen.add(d.id().text());
      Ast.DefinitionDecl current = d;
      while (current.parent().isPresent()) {
        Ast.Name parent = current.parent().get();
        DefSite site = definitions.get(parent.text());
        if (site == null) {
          diags.error(UNKNOWN_DEFINITION, "unknown definition '" + parent.text() + "'"
              + Suggestions.didYouMean(parent.text(), definitions.keySet()) + " (import the file that declares it)",
              parent.pos());
          return null;
        }
        if (!seen.add(parent.text())) {
          if (current == d || chain.get(0).decl() == d) {
            diags.error(EXTENDS_CYCLE, "definition '" + d.id().text() + "' extends itself through "
                + String.join(" -> ", chain.stream().map(s -> s.decl().id().text()).toList()) + " -> "
                + parent.text(), d.parent().get().pos());
          }
          return null;
        }
        chain.add(site);
        current = site.decl();
      }
      return chain;
    }

    private Requirement requirement(String id, Ast.Require r, Scope scope) {
      return new Requirement(id, scope.condition(r.condition()), r.when().map(scope::condition),
          r.because().map(Ast.Text::value), r.remedy().map(Ast.Text::value), Optional.of(r.pos().span()));
    }

    private WarningRule warning(String id, Ast.Warn w, Scope scope) {
      Condition c = scope.condition(w.condition());
      return new WarningRule(id, c, w.because().map(Ast.Text::value).orElse("does not hold: " + c.describe()),
          Optional.of(w.pos().span()));
    }

    private void tiers(Effective eff, Scope scope, DefinitionBuilder b) {
      Set<String> below = new HashSet<>();
      for (Effective.TierParts t : eff.tiers.values()) {
        Optional<String> parent = t.parent.map(Ast.Text::value);
        if (parent.isPresent() && !below.contains(parent.get())) {
          Ast.Text p = t.parent.get();
          if (parent.get().equals(t.name)) {
            diags.error(UNKNOWN_TIER, "tier '" + t.name + "' extends itself", p.pos());
          } else if (eff.tiers.containsKey(parent.get())) {
            diags.error(UNKNOWN_TIER, "tier '" + t.name + "' extends '" + parent.get() + "', which is declared "
                + "after it; tiers are listed from the lowest up", p.pos());
          } else {
            diags.error(UNKNOWN_TIER, "unknown tier '" + parent.get() + "'" + Suggestions.didYouMean(parent.get(),
                eff.tiers.keySet()), p.pos());
          }
          parent = Optional.empty();
        }
        List<Requirement> reqs = new ArrayList<>();
        t.requires.values().forEach(r -> reqs.add(requirement(eff.ids.get(r), r, scope)));
        List<WarningRule> warns = new ArrayList<>();
        t.warnings.values().forEach(w -> warns.add(warning(eff.ids.get(w), w, scope)));
        b.tier(new Tier(t.name, parent, reqs, warns));
        below.add(t.name);
      }
    }

    private Dimension dimension(Ast.DimensionDecl d, String group, Scope scope) {
      double weight = d.weight().map(Ast.Num::value).orElse(1.0);
      if (!(weight > 0) || weight > 1e9) {
        diags.error(Scope.INVALID_NUMBER, "a dimension's weight is a positive number no larger than 1e9",
            d.weight().get().pos());
        weight = 1;
      }
      Value value;
      if (d.value() instanceof Ast.GradeOf g) {
        value = scope.kind(g.component()).<Value>map(Value.GradeOf::new).orElse(new Value.Constant(0));
      } else if (d.value() instanceof Ast.Constant c) {
        finite(c.value());
        value = new Value.Constant(c.value().value());
      } else {
        Ast.Choice ch = (Ast.Choice) d.value();
        List<Value.Case> cases = new ArrayList<>();
        ch.cases().forEach(c -> {
          finite(c.value());
          cases.add(new Value.Case(scope.condition(c.condition()), c.value().value()));
        });
        finite(ch.otherwise());
        value = new Value.Choice(cases, ch.otherwise().value());
      }
      return new Dimension(d.id().text(), d.title().map(Ast.Text::value).orElse(d.id().text()),
          Optional.ofNullable(group), weight, value);
    }

    private void finite(Ast.Num n) {
      if (!Double.isFinite(n.value()) || Math.abs(n.value()) > 1e12) {
        diags.error(Scope.INVALID_NUMBER, "a value is a number no larger than 1e12, not " + n.text(), n.pos());
      }
    }

    private void reachability(Definition def, Effective eff) {
      // Requirements that can never hold, whatever the release.
      Map<String, Pos> positions = new LinkedHashMap<>();
      eff.ids.forEach((node, id) -> positions.put(id, node instanceof Ast.Require r ? r.pos()
          : ((Ast.Warn) node).pos()));
      for (Requirement r : def.requirements()) {
        Reachability.contradiction(List.of(r.condition())).ifPresent(why -> diags.error(NEVER_HOLDS,
            "requirement '" + r.id() + "' can never hold: " + why, positions.get(r.id())));
      }
      if (!(def.shape() instanceof Shape.Tiers tiers)) {
        return;
      }
      Map<String, Tier> byName = new LinkedHashMap<>();
      Map<String, List<Requirement>> cumulative = new LinkedHashMap<>();
      for (Tier t : tiers.tiers()) {
        byName.put(t.name(), t);
        List<Requirement> all = new ArrayList<>(t.requirements());
        t.extendsTier().ifPresent(p -> all.addAll(cumulative.get(p)));
        cumulative.put(t.name(), all);
        List<Condition> conds = new ArrayList<>();
        for (Requirement r : all) {
          // A requirement with 'when' may not apply, so it cannot make a tier unreachable.
          if (r.applies().isEmpty()) {
            conds.add(r.condition());
          }
        }
        Pos at = eff.tiers.get(t.name()).decl.name().pos();
        Optional<String> why = Reachability.contradiction(conds);
        if (why.isPresent() && all.stream().noneMatch(r -> Reachability.contradiction(List.of(r.condition()))
            .isPresent())) {
          diags.error(UNREACHABLE_TIER, "tier '" + t.name() + "' can never be reached: " + why.get(), at);
        }
      }
      // A lower tier whose requirements include all of a higher tier's is never the verdict: the higher one wins.
      List<String> names = new ArrayList<>(cumulative.keySet());
      for (int i = 0; i < names.size(); i++) {
        Set<Condition> lower = conditions(cumulative.get(names.get(i)));
        for (int j = i + 1; j < names.size(); j++) {
          Set<Condition> higher = conditions(cumulative.get(names.get(j)));
          if (lower.containsAll(higher)) {
            diags.error(SHADOWED_TIER, "tier '" + names.get(i) + "' can never be the verdict: tier '" + names.get(j)
                + "' above it requires " + (lower.equals(higher) ? "the same" : "only some of its")
                + " requirements, so it is reached whenever '" + names.get(i) + "' is",
                eff.tiers.get(names.get(i)).decl.name().pos());
            break;
          }
        }
      }
    }

    private Set<Condition> conditions(List<Requirement> rs) {
      Set<Condition> out = new HashSet<>();
      rs.forEach(r -> out.add(r.applies().isPresent() ? new Condition.Any(List.of(new Condition.Not(
          r.applies().get()), r.condition())) : r.condition()));
      return out;
    }
  }
}
