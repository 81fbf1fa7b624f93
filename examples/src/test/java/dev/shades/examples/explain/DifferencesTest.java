package dev.shades.examples.explain;

import static dev.shades.examples.explain.ExplainerTest.definition;
import static dev.shades.examples.explain.ExplainerTest.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.explain.Differences;
import dev.shades.core.logic.Outcome;
import org.junit.jupiter.api.Test;

/** What separates two releases under one definition, and two definitions on one release. */
class DifferencesTest {
  private static final Evaluator EVALUATOR = Evaluator.create();

  private static Evaluation evaluate(String definition, String file) {
    return EVALUATOR.evaluate(definition(definition), release(file));
  }

  @Test
  void falcon40bAnd180bDifferOnlyInTheTermsOfTheirWeights() {
    Differences.ReleaseDiff diff = Differences.releases(evaluate("lf-open-source-ai", "falcon-40b.yaml"),
        evaluate("lf-open-source-ai", "falcon-180b.yaml"));
    assertThat(diff.sameVerdict()).isFalse();
    assertThat(diff.requirements()).extracting(Differences.RequirementDifference::id).contains("model-parameters");
    Differences.RequirementDifference terms = diff.requirements().stream()
        .filter(r -> r.id().equals("model-parameters")).findFirst().orElseThrow();
    assertThat(terms.a()).startsWith("satisfied");
    assertThat(terms.b()).startsWith("violated");
    assertThat(terms.facts()).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("model-parameters");
      assertThat(f.aspect()).isEqualTo("license");
      assertThat(f.a().orElseThrow().value()).startsWith("Apache-2.0");
      assertThat(f.b().orElseThrow().value()).startsWith("LicenseRef-shades-falcon-180b-tii-1.0");
    });
  }

  @Test
  void aReleaseDoesNotDifferFromItself() {
    Evaluation e = evaluate("osaid-1.0", "llama-2-7b.yaml");
    Differences.ReleaseDiff diff = Differences.releases(e, evaluate("osaid-1.0", "llama-2-7b.yaml"));
    assertThat(diff.sameVerdict()).isTrue();
    assertThat(diff.requirements()).isEmpty();
  }

  @Test
  void evaluationsOfTwoDefinitionsAreNotReleaseDiffs() {
    assertThatThrownBy(() -> Differences.releases(evaluate("osaid-1.0", "olmo-7b.yaml"),
        evaluate("mof-mot", "olmo-7b.yaml"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different definitions");
  }

  @Test
  void theModelOpennessToolAndTheMofAsWrittenSplitOnOlmosApacheWeights() {
    Differences.Disagreement d = Differences.definitions(evaluate("mof-mot", "olmo-7b.yaml"),
        evaluate("mof-strict", "olmo-7b.yaml"));
    assertThat(d.splitting()).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("model-parameters");
      assertThat(f.aspect()).isEqualTo("license");
      assertThat(f.a().orElseThrow().outcome()).isEqualTo(Outcome.SATISFIED);
      assertThat(f.b().orElseThrow().outcome()).isEqualTo(Outcome.VIOLATED);
      assertThat(f.describe()).contains("Apache-2.0");
    });
  }

  @Test
  void definitionsThatAgreeOnEveryFactHaveNothingSplittingThem() {
    Evaluation e = evaluate("osaid-1.0", "pythia-6.9b.yaml");
    assertThat(Differences.definitions(e, evaluate("osaid-1.0", "pythia-6.9b.yaml")).splitting()).isEmpty();
  }

  @Test
  void aFactOnTheLosingBranchOfAnOrDoesNotSplitTwoPassingVerdicts() {
    // OLMo passes both; some rules try one component, then another: only the uses that decided count.
    Differences.Disagreement d = Differences.definitions(evaluate("osaid-1.0", "olmo-7b.yaml"),
        evaluate("lf-open-source-ai", "olmo-7b.yaml"));
    assertThat(d.splitting()).isEmpty();
  }

  @Test
  void requirementsThatApplyToNeitherReleaseAreNotDifferences() {
    Differences.ReleaseDiff diff = Differences.releases(evaluate("mof-mot", "olmo-7b.yaml"),
        evaluate("mof-mot", "olmo-2-7b.yaml"));
    assertThat(diff.requirements()).allSatisfy(r ->
        assertThat(r.a().startsWith("does not apply") && r.b().startsWith("does not apply")).isFalse());
    assertThat(diff.requirements()).extracting(Differences.RequirementDifference::id)
        .doesNotContain("research-paper");
  }
}
