package dev.shades.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Verdict;
import dev.shades.core.definition.WarningResult;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import dev.shades.core.testing.SharedData;
import dev.shades.dsl.Builtins;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Model Openness Framework as the Model Openness Tool applies it ({@code mof-mot}) and as it is written
 * ({@code mof-strict}) disagree on real descriptions from the tool's own catalogue, in both directions: the tool's
 * exact-string rule refuses a licence the framework accepts, and the tool counts a software licence on weights that
 * the framework does not.
 */
class MofStrictVersusMotTest {
  private static final String CLASS_III = "Class III - Open Model";

  static Release read(String model) {
    ReadResult r = Descriptions.read(SharedData.folder("mot/models").resolve(model));
    assertThat(r.errors()).as(Diagnostics.render(r.diagnostics())).isEmpty();
    return r.release().orElseThrow();
  }

  static Evaluation evaluate(String definition, Release release) {
    return Evaluator.create().evaluate(Builtins.find(definition).orElseThrow(), release);
  }

  static Outcome outcome(Evaluation e, String requirement) {
    return e.requirements().stream().filter(r -> r.id().equals(requirement)).map(RequirementResult::outcome)
        .findFirst().orElseThrow(() -> new AssertionError("no requirement " + requirement));
  }

  static Verdict.Tiers tiers(Evaluation e) {
    return (Verdict.Tiers) e.verdict();
  }

  /** CodeT5+ 16B writes its code licence "BSD-3": not an SPDX id, so the tool refuses it; it names BSD-3-Clause. */
  @Test
  void anAliasTheToolRefusesTheFrameworkAccepts() {
    Release codeT5 = read("CodeT5+-16B.yml");
    Evaluation mot = evaluate("mof-mot", codeT5);
    Evaluation strict = evaluate("mof-strict", codeT5);

    assertThat(outcome(mot, "model-architecture")).isEqualTo(Outcome.VIOLATED);
    assertThat(outcome(strict, "model-architecture")).isEqualTo(Outcome.SATISFIED);
    assertThat(outcome(mot, "inference-code")).isEqualTo(Outcome.VIOLATED);
    assertThat(outcome(strict, "inference-code")).isEqualTo(Outcome.SATISFIED);
    assertThat(tiers(mot).progress().get(CLASS_III)).isEqualTo(0.0);
    assertThat(tiers(strict).progress().get(CLASS_III)).isGreaterThan(0.0);
  }

  /** Granite 4.0 H Small: Apache-2.0 everywhere, weights included. The tool grants Class III with a warning. */
  @Test
  void aSoftwareLicenceOnWeightsCountsForTheToolButNotForTheFramework() {
    Release granite = read("Granite-4.0-H-Small.yml");
    Evaluation mot = evaluate("mof-mot", granite);
    Evaluation strict = evaluate("mof-strict", granite);

    assertThat(tiers(mot).tier()).contains(CLASS_III);
    assertThat(mot.warnings()).extracting(WarningResult::code).contains("type-appropriate");
    assertThat(outcome(mot, "model-parameters")).isEqualTo(Outcome.SATISFIED);

    assertThat(tiers(strict).tier()).isEqualTo(Optional.empty());
    assertThat(tiers(strict).undetermined()).isEmpty();
    assertThat(outcome(strict, "model-parameters")).isEqualTo(Outcome.VIOLATED);
    // Code under Apache-2.0 suits both readings.
    assertThat(outcome(strict, "model-architecture")).isEqualTo(Outcome.SATISFIED);
  }
}
