package dev.shades.dsl;

import dev.shades.core.definition.Definition;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.CompiledDefinition;
import dev.shades.dsl.compile.PolicyCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The definitions that ship with Shades, written in the policy language as resources of this jar
 * ({@code dev/shades/dsl/builtin/*.shade}). They are compiled once, on first use, without their test blocks (which
 * the build runs from the sources). A user's policy may extend them by id without importing anything.
 */
public final class Builtins {
  private static final String FOLDER = "/dev/shades/dsl/builtin/";

  private static final class Holder {
    static final Map<String, SourceText> SOURCES = load();
    static final List<Definition> DEFINITIONS = compile();
  }

  private Builtins() {}

  /** The built-in definitions, in order. */
  public static List<Definition> definitions() {
    return Holder.DEFINITIONS;
  }

  /** The built-in definition with this id. */
  public static Optional<Definition> find(String id) {
    return definitions().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The policy texts by name ({@code builtin:mof-mot.shade}), for a compiler's library. */
  public static Map<String, SourceText> sources() {
    return Holder.SOURCES;
  }

  /** A compiler whose policies may extend the built-in definitions. */
  public static PolicyCompiler compiler() {
    return PolicyCompiler.create().withLibrary(sources());
  }

  /** The built-in policy files, in order, from the folder's {@code INDEX}. */
  static List<String> files() {
    try (InputStream in = Builtins.class.getResourceAsStream(FOLDER + "INDEX")) {
      if (in == null) {
        throw new IllegalStateException("missing " + FOLDER + "INDEX");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, SourceText> load() {
    Map<String, SourceText> out = new LinkedHashMap<>();
    for (String file : files()) {
      try (InputStream in = Builtins.class.getResourceAsStream(FOLDER + file)) {
        if (in == null) {
          throw new IllegalStateException("missing built-in policy " + FOLDER + file);
        }
        String name = "builtin:" + file;
        out.put(name, SourceText.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static List<Definition> compile() {
    List<Definition> out = new ArrayList<>();
    PolicyCompiler compiler = PolicyCompiler.create().withoutTests();
    for (SourceText source : Holder.SOURCES.values()) {
      CompileResult r = compiler.compile(source);
      if (!r.ok()) {
        // A defect in a shipped file, caught by the build's tests; never a user error.
        throw new IllegalStateException("built-in policy " + source.name() + " does not compile:\n"
            + Diagnostics.render(r.diagnostics()));
      }
      r.definitions().stream().map(CompiledDefinition::definition).forEach(out::add);
    }
    return List.copyOf(out);
  }
}
