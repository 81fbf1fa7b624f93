package dev.shades.bench;

import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.model.Release;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long one evaluation of a compiled definition over a real release (OLMo 7B) takes: a tiered definition shaped
 * like the Model Openness Framework (three classes, seventeen licence-tested components, gated progress), and the
 * sample policy's yes/no definition {@code our-bar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EvaluateBenchmark {
  private Evaluator evaluator;
  private Definition mof;
  private Definition ourBar;
  private Release olmo;

  /** Compiles the definitions and reads the release once: the benchmarks measure evaluation alone. */
  @Setup
  public void setUp() {
    evaluator = Evaluator.create();
    mof = BenchInputs.definition(BenchInputs.MOF_POLICY, "mof");
    ourBar = BenchInputs.definition(BenchInputs.SAMPLE_POLICY, "our-bar");
    olmo = BenchInputs.release(BenchInputs.OLMO_RELEASE);
  }

  /** Evaluates the Model Openness Framework sketch (tiers) on OLMo 7B. */
  @Benchmark
  public Evaluation mofTiersOnOlmo() {
    return evaluator.evaluate(mof, olmo);
  }

  /** Evaluates the yes/no definition {@code our-bar} on OLMo 7B. */
  @Benchmark
  public Evaluation ourBarOnOlmo() {
    return evaluator.evaluate(ourBar, olmo);
  }

  /** The tiered definition, verdict only (no facts recorded, no explanations built): catalogue scoring. */
  @Benchmark
  public dev.shades.core.definition.Verdict mofTiersVerdictOnOlmo() {
    return evaluator.verdict(mof, olmo);
  }

  /** The yes/no definition, verdict only. */
  @Benchmark
  public dev.shades.core.definition.Verdict ourBarVerdictOnOlmo() {
    return evaluator.verdict(ourBar, olmo);
  }
}
