package dev.shades.bench;

import dev.shades.core.definition.Definition;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadOptions;
import dev.shades.core.read.ReadResult;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.PolicyCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The inputs of the benchmarks, read from this module's resources (so that the benchmarks jar runs anywhere). */
final class BenchInputs {
  /** A copy of the DSL module's sample policy, without its test block that reads a release file. */
  static final String SAMPLE_POLICY = "sample.shade";
  /** A tiered definition shaped like the Model Openness Framework. */
  static final String MOF_POLICY = "mof.shade";
  /** A copy of examples/releases/olmo-7b.yaml. */
  static final String OLMO_RELEASE = "olmo-7b.yaml";

  private BenchInputs() {}

  /** The text of a resource of this module. */
  static String text(String resource) {
    try (InputStream in = BenchInputs.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A policy resource as source text. */
  static SourceText policy(String resource) {
    return SourceText.of(resource, text(resource));
  }

  /** Compiles a policy resource, which must compile without any diagnostic. */
  static CompileResult compile(String resource) {
    CompileResult r = PolicyCompiler.create().compile(policy(resource));
    if (!r.diagnostics().isEmpty()) {
      throw new IllegalStateException(resource + " does not compile cleanly:\n" + Diagnostics.render(r.diagnostics()));
    }
    return r;
  }

  /** One definition of a policy resource. */
  static Definition definition(String resource, String id) {
    return compile(resource).definition(id)
        .orElseThrow(() -> new IllegalStateException(resource + " has no definition " + id))
        .definition();
  }

  /** A release resource, which must read without errors. */
  static Release release(String resource) {
    ReadResult r = Descriptions.read(resource, text(resource), ReadOptions.defaults());
    if (!r.ok()) {
      throw new IllegalStateException(resource + " does not read:\n" + Diagnostics.render(r.diagnostics()));
    }
    return r.release().orElseThrow();
  }
}
