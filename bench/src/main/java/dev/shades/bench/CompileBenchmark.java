package dev.shades.bench;

import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.PolicyCompiler;
import dev.shades.dsl.parser.PolicyParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long it takes to turn a realistic policy file (the DSL's sample: a yes/no definition with licence sets, a
 * base-model condition, facts, a warning and an inline test release; a tiered, a scored and a categorical
 * definition) into definitions: parsing alone, and parsing with checking and compiling.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompileBenchmark {
  private SourceText sample;
  private PolicyCompiler compiler;
  private PolicyParser parser;

  /** Reads the policy text once: the benchmarks measure no I/O. */
  @Setup
  public void setUp() {
    sample = BenchInputs.policy(BenchInputs.SAMPLE_POLICY);
    compiler = PolicyCompiler.create();
    parser = PolicyParser.create();
    if (!compileSample().ok()) {
      throw new IllegalStateException("the sample policy does not compile");
    }
  }

  /** Parses, checks and compiles the sample policy (four definitions, one inline test release). */
  @Benchmark
  public CompileResult compileSample() {
    return compiler.compile(sample);
  }

  /** Only parses the sample policy into its syntax tree. */
  @Benchmark
  public PolicyParser.Result parseSample() {
    return parser.parse(sample);
  }
}
