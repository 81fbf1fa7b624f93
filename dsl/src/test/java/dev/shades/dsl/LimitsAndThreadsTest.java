package dev.shades.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.model.Release;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.PolicyCompiler;
import dev.shades.dsl.parser.PolicyParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LimitsAndThreadsTest {

  @Test
  void aFileOverTheSizeLimitIsRefusedWithItsOwnMessage() {
    String text = "shades 1\n# " + "x".repeat(300) + "\ndefinition x { require model-parameters is open }\n";
    CompileResult r = PolicyCompiler.create().withLimits(new PolicyParser.Limits(200, 64, 50))
        .compile(SourceText.of("big.shade", text));
    assertThat(r.diagnostics()).extracting(Diagnostic::headline).containsExactly(
        "error: big.shade:1:1: policy file is larger than the limit of 200 characters [file-too-large]");
  }

  @Test
  void deepNestingIsRefusedBeforeParsingEvenFarBeyondTheStack() {
    String text = "shades 1\ndefinition x { require " + "(".repeat(200_000) + "model-parameters is open"
        + ")".repeat(200_000) + " }\n";
    CompileResult r = PolicyCompiler.create().compile(SourceText.of("deep.shade", text));
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("nesting-too-deep");
  }

  @Test
  void aCompiledDefinitionIsSafeToShareBetweenThreads() throws Exception {
    CompileResult compiled = PolicyCompiler.create().compile(Path.of("src/test/resources/sample.shade"));
    List<Definition> definitions = compiled.definitions().stream().map(d -> d.definition()).toList();
    Random random = new Random(99);
    List<Release> releases = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      releases.add(LawsTest.randomRelease(random, i, true));
    }
    Evaluator evaluator = Evaluator.withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    List<Evaluation> sequential = new ArrayList<>();
    for (Release r : releases) {
      for (Definition d : definitions) {
        sequential.add(evaluator.evaluate(d, r));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Evaluation>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> {
          List<Evaluation> out = new ArrayList<>();
          for (Release r : releases) {
            for (Definition d : definitions) {
              out.add(evaluator.evaluate(d, r));
            }
          }
          return out;
        }));
      }
      for (Future<List<Evaluation>> f : futures) {
        assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
