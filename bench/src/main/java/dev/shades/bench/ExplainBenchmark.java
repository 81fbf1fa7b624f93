package dev.shades.bench;

import dev.shades.core.definition.Definition;
import dev.shades.core.explain.Explainer;
import dev.shades.core.explain.NextVerdict;
import dev.shades.core.model.Release;
import dev.shades.dsl.Builtins;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The path to the next verdict ({@code shades explain}, and every cell of the HTML report): each bundled release
 * against each built-in definition. Each operation makes the {@link #PER_OP} explanations once, and JMH reports the
 * time per explanation. Run from the repository root, or set {@code -Dshades.root=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExplainBenchmark {
  /** 26 bundled releases × 11 built-in definitions. */
  public static final int PER_OP = 286;

  private final Explainer explainer = Explainer.create();
  private Definition[] definitions;
  private Release[] releases;

  /** Reads the bundled releases. */
  @Setup
  public void setUp() {
    List<Release> bundled = CatalogueBenchmark.bundled(Path.of(System.getProperty("shades.root", ".")));
    definitions = new Definition[PER_OP];
    releases = new Release[PER_OP];
    List<Definition> all = Builtins.definitions();
    for (int i = 0; i < PER_OP; i++) {
      releases[i] = bundled.get((i / all.size()) % bundled.size());
      definitions[i] = all.get(i % all.size());
    }
  }

  /** Every bundled release × built-in definition, explained once. */
  @Benchmark
  @OperationsPerInvocation(PER_OP)
  public void explainEveryCell(Blackhole bh) {
    for (int i = 0; i < PER_OP; i++) {
      bh.consume(explainer.explain(definitions[i], releases[i]));
    }
  }

  /** One explanation, for the smoke test. */
  NextVerdict first() {
    return explainer.explain(definitions[0], releases[0]);
  }
}
