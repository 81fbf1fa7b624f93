package dev.shades.bench;

import dev.shades.core.definition.ComponentTest;
import dev.shades.core.definition.Condition;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.LicenseTest;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.Shape;
import dev.shades.core.definition.Tier;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.dsl.Builtins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The built-in {@code mof-mot} and {@code osaid-1.0} over every bundled and conformance description, beside the same
 * MOF rules written by hand in plain Java. Descriptions are read from {@code examples/releases} and, when present,
 * the conformance data in {@code ../shared/data} (the Model Openness Tool's models and test cases, the European
 * index's files in all three versions; set {@code -Dshades.root=DIR} to run from elsewhere). Each operation
 * evaluates each of the {@link #PER_OP} descriptions once, and JMH reports the time per description.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CatalogueBenchmark {
  /**
   * How many descriptions one operation evaluates: the 26 bundled releases, the tool's 25 models and 27 test cases,
   * and the index's 15 current, 10 14-parameter and 8 legacy files. Without the shared data the bundled ones are
   * repeated to this many.
   */
  public static final int PER_OP = 111;

  private final Evaluator evaluator = Evaluator.create();
  private Definition mofMot;
  private Definition osaid;
  private HandWrittenMof handWritten;
  private Release[] releases;

  /** Reads the descriptions and prepares the definitions. */
  @Setup
  public void setUp() {
    mofMot = Builtins.find("mof-mot").orElseThrow();
    osaid = Builtins.find("osaid-1.0").orElseThrow();
    handWritten = new HandWrittenMof(openSet(mofMot));
    List<Release> loaded = descriptions(Path.of(System.getProperty("shades.root", ".")));
    releases = new Release[PER_OP];
    for (int i = 0; i < PER_OP; i++) {
      releases[i] = loaded.get(i % loaded.size());
    }
  }

  /** The compiled mof-mot, verdict only, per description. */
  @Benchmark
  @OperationsPerInvocation(PER_OP)
  public void mofMotCompiled(Blackhole bh) {
    for (Release r : releases) {
      bh.consume(evaluator.verdict(mofMot, r));
    }
  }

  /** The same rules written by hand in Java, per description. */
  @Benchmark
  @OperationsPerInvocation(PER_OP)
  public void mofMotHandWritten(Blackhole bh) {
    for (Release r : releases) {
      bh.consume(handWritten.classify(r));
    }
  }

  /** The compiled mof-mot with full explanations (every fact recorded), per description. */
  @Benchmark
  @OperationsPerInvocation(PER_OP)
  public void mofMotExplained(Blackhole bh) {
    for (Release r : releases) {
      bh.consume(evaluator.evaluate(mofMot, r));
    }
  }

  /** The compiled osaid-1.0, verdict only, per description. */
  @Benchmark
  @OperationsPerInvocation(PER_OP)
  public void osaidCompiled(Blackhole bh) {
    for (Release r : releases) {
      bh.consume(evaluator.verdict(osaid, r));
    }
  }

  /** The compiled osaid-1.0 with full explanations, per description. */
  @Benchmark
  @OperationsPerInvocation(PER_OP)
  public void osaidExplained(Blackhole bh) {
    for (Release r : releases) {
      bh.consume(evaluator.evaluate(osaid, r));
    }
  }

  /** Every bundled release and, when the shared data is beside the repository, every conformance description. */
  static List<Release> descriptions(Path root) {
    List<Release> out = new ArrayList<>();
    Path data = root.resolve("../shared/data");
    for (Path dir : List.of(root.resolve("examples/releases"), data.resolve("mot/models"),
        data.resolve("mot/test-cases"), data.resolve("osai-index/projects"), data.resolve("osai-index/v14/projects"),
        data.resolve("osai-index/legacy/projects"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
            .forEach(p -> Descriptions.read(p).release().ifPresent(out::add));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no descriptions under " + root.toAbsolutePath()
          + "; run from the repository root or set -Dshades.root");
    }
    return out;
  }

  /** The bundled releases alone, in file order. */
  static List<Release> bundled(Path root) {
    List<Release> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(root.resolve("examples/releases"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .forEach(p -> Descriptions.read(p).release().ifPresent(out::add));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The open set written in the mof-mot policy, taken from the compiled definition so that both agree. */
  static Set<String> openSet(Definition mofMot) {
    Set<String> out = new HashSet<>();
    for (Tier t : ((Shape.Tiers) mofMot.shape()).tiers()) {
      t.requirements().forEach(r -> collect(r.condition(), out));
    }
    return out;
  }

  private static void collect(Condition c, Set<String> out) {
    if (c instanceof Condition.Quantified q) {
      collect(q.test(), out);
    } else if (c instanceof Condition.Any any) {
      any.conditions().forEach(x -> collect(x, out));
    } else if (c instanceof Condition.All all) {
      all.conditions().forEach(x -> collect(x, out));
    }
  }

  private static void collect(ComponentTest t, Set<String> out) {
    if (t instanceof ComponentTest.All all) {
      all.tests().forEach(x -> collect(x, out));
    } else if (t instanceof ComponentTest.License l) {
      collect(l.test(), out);
    }
  }

  private static void collect(LicenseTest t, Set<String> out) {
    if (t instanceof LicenseTest.Named n) {
      collect(n.body(), out);
    } else if (t instanceof LicenseTest.In in) {
      out.addAll(in.members());
    }
  }
}
