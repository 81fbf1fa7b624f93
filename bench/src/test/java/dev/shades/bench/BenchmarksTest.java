package dev.shades.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Verdict;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.testing.PolicyTestRunner;
import dev.shades.dsl.testing.TestResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark method once, so that a change that breaks the benchmarks' inputs fails the build. Measures
 * nothing: timing belongs to JMH (see README.md), never to a test.
 */
class BenchmarksTest {
  @Test
  void compileBenchmarkCompilesTheSamplePolicy() {
    CompileBenchmark b = new CompileBenchmark();
    b.setUp();
    CompileResult r = b.compileSample();
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.definitions()).extracting(d -> d.id())
        .containsExactly("our-bar", "tiers-example", "score-example", "spectrum");
    assertThat(b.parseSample().file()).isPresent();
  }

  @Test
  void evaluateBenchmarkEvaluatesBothDefinitionsOnOlmo() {
    EvaluateBenchmark b = new EvaluateBenchmark();
    b.setUp();
    Evaluation mof = b.mofTiersOnOlmo();
    assertThat(mof.definitionId()).isEqualTo("mof");
    assertThat(mof.release()).isEqualTo("OLMo 7B");
    assertThat(mof.verdict()).isInstanceOf(Verdict.Tiers.class);
    assertThat(mof.requirements()).hasSize(17);
    Evaluation ourBar = b.ourBarOnOlmo();
    assertThat(ourBar.definitionId()).isEqualTo("our-bar");
    assertThat(ourBar.verdict()).isInstanceOf(Verdict.Binary.class);
    System.out.println("mof on OLMo 7B: " + mof.verdict().summary() + "; our-bar on OLMo 7B: "
        + ourBar.verdict().summary());
  }

  @Test
  void theMofPolicysOwnTestsPass() {
    List<TestResult> results = new PolicyTestRunner().run(BenchInputs.compile(BenchInputs.MOF_POLICY).definitions());
    assertThat(results).isNotEmpty();
    assertThat(results).allSatisfy(t -> assertThat(t.passed()).as(t.describe()).isTrue());
  }

  @org.junit.jupiter.api.Test
  void theHandWrittenRulesAgreeWithTheCompiledDefinitionOnEveryDescription() {
    dev.shades.core.definition.Definition mofMot = dev.shades.dsl.Builtins.find("mof-mot").orElseThrow();
    HandWrittenMof hand = new HandWrittenMof(CatalogueBenchmark.openSet(mofMot));
    assertThat(CatalogueBenchmark.openSet(mofMot)).hasSize(226);
    java.util.List<dev.shades.core.model.Release> all =
        CatalogueBenchmark.descriptions(java.nio.file.Path.of(".."));
    // With the shared data beside the repository, one operation evaluates each description exactly once.
    assertThat(all).hasSizeGreaterThanOrEqualTo(26);
    if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("../../shared/data"))) {
      assertThat(all).hasSize(CatalogueBenchmark.PER_OP);
    }
    java.util.List<String> tiers = java.util.List.of("Class III - Open Model", "Class II - Open Tooling Model",
        "Class I - Open Science Model");
    for (dev.shades.core.model.Release r : all) {
      var v = (dev.shades.core.definition.Verdict.Tiers) dev.shades.core.definition.Evaluator.create()
          .verdict(mofMot, r);
      HandWrittenMof.Result h = hand.classify(r);
      assertThat(v.tier().map(t -> 3 - tiers.indexOf(t)).orElse(0)).as(r.name()).isEqualTo(h.mofClass());
      assertThat(v.progress().get(tiers.get(0))).as(r.name()).isCloseTo(h.p3(), within(1e-9));
      assertThat(v.progress().get(tiers.get(1))).as(r.name()).isCloseTo(h.p2(), within(1e-9));
      assertThat(v.progress().get(tiers.get(2))).as(r.name()).isCloseTo(h.p1(), within(1e-9));
    }
  }

  @Test
  void explainBenchmarkExplainsEveryBundledReleaseUnderEveryBuiltIn() {
    System.setProperty("shades.root", "..");
    try {
      ExplainBenchmark b = new ExplainBenchmark();
      b.setUp();
      assertThat(b.first().current()).isNotBlank();
    } finally {
      System.clearProperty("shades.root");
    }
  }
}
