package dev.shades.dsl;

import static dev.shades.core.logic.Outcome.SATISFIED;
import static dev.shades.core.logic.Outcome.UNKNOWN;
import static dev.shades.core.logic.Outcome.VIOLATED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.Interval;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Verdict;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.logic.Outcome;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadOptions;
import dev.shades.core.model.Release;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.PolicyCompiler;
import org.junit.jupiter.api.Test;

/** The three-valued rules of evaluation, each pinned on a small policy and release. */
class EvaluationSemanticsTest {

  static Definition definition(String body) {
    CompileResult r = PolicyCompiler.create().compile(SourceText.of("t.shade",
        "shades 1\ndefinition t \"T\" {\n" + body + "\n}\n"));
    assertThat(r.diagnostics()).as(Diagnostics.render(r.diagnostics())).noneMatch(d -> d.isError());
    return r.definitions().get(0).definition();
  }

  static Release release(String components) {
    return Descriptions.read("r.yaml", "shades: 1\nname: R\n" + components, ReadOptions.defaults())
        .release().orElseThrow();
  }

  static Evaluation eval(String body, String release) {
    return Evaluator.create().evaluate(definition(body), release(release));
  }

  static Outcome outcome(String requirement, String release) {
    return ((Verdict.Binary) eval("require r: " + requirement, release).verdict()).outcome();
  }

  private static final String OPEN_MIT = "components:\n  model-parameters: {availability: open, license: MIT}\n";

  @Test
  void anUnlistedComponentIsUnknownNotClosed() {
    assertThat(outcome("training-code is open", OPEN_MIT)).isEqualTo(UNKNOWN);
    assertThat(outcome("training-code is not-released", OPEN_MIT)).isEqualTo(UNKNOWN);
    assertThat(outcome("model-parameters is open", OPEN_MIT)).isEqualTo(SATISFIED);
    assertThat(outcome("model-parameters is gated", OPEN_MIT)).isEqualTo(VIOLATED);
  }

  @Test
  void andOrNotFollowKleeneLogic() {
    // model-parameters open (satisfied), training-code unknown.
    assertThat(outcome("model-parameters is open and training-code is open", OPEN_MIT)).isEqualTo(UNKNOWN);
    assertThat(outcome("model-parameters is gated and training-code is open", OPEN_MIT)).isEqualTo(VIOLATED);
    assertThat(outcome("model-parameters is open or training-code is open", OPEN_MIT)).isEqualTo(SATISFIED);
    assertThat(outcome("model-parameters is gated or training-code is open", OPEN_MIT)).isEqualTo(UNKNOWN);
    assertThat(outcome("not training-code is open", OPEN_MIT)).isEqualTo(UNKNOWN);
    assertThat(outcome("not model-parameters is gated", OPEN_MIT)).isEqualTo(SATISFIED);
  }

  @Test
  void quantifiersCountSatisfiedAndUnknownMembers() {
    String r = "components:\n  training-code: {availability: open}\n  inference-code: {availability: gated}\n";
    assertThat(outcome("all of [training-code, inference-code] are open", r)).isEqualTo(VIOLATED);
    assertThat(outcome("all of [training-code, evaluation-code] are open", r)).isEqualTo(UNKNOWN);
    assertThat(outcome("any of [inference-code, evaluation-code] are open", r)).isEqualTo(UNKNOWN);
    assertThat(outcome("any of [training-code, evaluation-code] are open", r)).isEqualTo(SATISFIED);
    assertThat(outcome("at least 2 of [training-code, inference-code, evaluation-code] are open", r))
        .isEqualTo(UNKNOWN);
    assertThat(outcome("at least 2 of [training-code, inference-code] are open", r)).isEqualTo(VIOLATED);
    assertThat(outcome("at least 1 of [training-code, inference-code] are open", r)).isEqualTo(SATISFIED);
  }

  @Test
  void anUndeterminedVerdictNamesTheUnknownFactsThatDecideIt() {
    Evaluation e = eval("require w: model-parameters is open\nrequire c: all of [training-code, inference-code] "
        + "are open\nrequire t: training-code has license osi-approved", OPEN_MIT);
    assertThat(e.verdict().summary()).isEqualTo("undetermined");
    assertThat(e.decidingUnknowns()).extracting(Evaluation.DecidingUnknown::describe).containsExactly(
        "training-code availability is unknown; stating it decides c",
        "inference-code availability is unknown; stating it decides c",
        "training-code license is unknown; stating it decides t");
  }

  @Test
  void aDefinitionMayTreatUnknownAsViolated() {
    Evaluation e = eval("unknown as violated\nrequire r: training-code is open", OPEN_MIT);
    assertThat(e.verdict().summary()).isEqualTo("failed");
    assertThat(e.requirement("r").orElseThrow().facts().get(0).provenance())
        .contains("not stated; read as not released");
    assertThat(eval("unknown as violated\nrequire r: training-code has license osi-approved", OPEN_MIT)
        .verdict().summary()).isEqualTo("failed");
  }

  @Test
  void licenceTestsFollowSpdxSemanticsAndProvenance() {
    String r = "licenses: {data: CC-BY-4.0}\ncomponents:\n"
        + "  model-parameters: {availability: open, license: MIT OR LicenseRef-scancode-llama-2-license-2023}\n"
        + "  datasets: {availability: open}\n"
        + "  training-code: {availability: open, license: MIT AND LicenseRef-scancode-llama-2-license-2023}\n"
        + "  inference-code: {availability: open, license: none}\n";
    assertThat(outcome("model-parameters has license osd-conformant", r)).isEqualTo(SATISFIED);
    assertThat(outcome("training-code has license osd-conformant", r)).isEqualTo(VIOLATED);
    assertThat(outcome("model-parameters has license not has user-threshold", r)).isEqualTo(SATISFIED);
    assertThat(outcome("inference-code has license osd-conformant", r)).as("no licence grants nothing")
        .isEqualTo(VIOLATED);
    assertThat(outcome("inference-code has license not has usage-restrictions", r)).isEqualTo(VIOLATED);
    assertThat(outcome("evaluation-code has license osi-approved", r)).isEqualTo(UNKNOWN);
    RequirementResult datasets = eval("require r: datasets has license in [CC-BY-4.0]", r).requirement("r")
        .orElseThrow();
    assertThat(datasets.outcome()).isEqualTo(SATISFIED);
    assertThat(datasets.facts().get(0).describe())
        .isEqualTo("datasets license: CC-BY-4.0 (inherited from the release default for data) → satisfied");
  }

  @Test
  void aRequirementThatDoesNotApplyIsLeftOut() {
    Evaluation e = eval("require r: training-code is open when has base\nrequire s: model-parameters is open",
        OPEN_MIT);
    assertThat(e.verdict().summary()).isEqualTo("passed");
    assertThat(e.requirement("r").orElseThrow().applies()).isFalse();
  }

  @Test
  void lineageHoldsWithoutABaseAndIsTestedOnTheBase() {
    String fineTune = "base:\n  relation: fine-tune\n  name: B\n  components:\n"
        + "    model-parameters: {availability: gated, license: LicenseRef-scancode-llama-3.1-license-2024}\n"
        + OPEN_MIT;
    String body = "require r: model-parameters has license osd-conformant and base (model-parameters has license "
        + "osd-conformant)";
    assertThat(((Verdict.Binary) eval(body, OPEN_MIT).verdict()).outcome()).isEqualTo(SATISFIED);
    assertThat(((Verdict.Binary) eval(body, fineTune).verdict()).outcome()).isEqualTo(VIOLATED);
  }

  @Test
  void tiersReportTheHighestCertainTierTheUndeterminedOnesAndProgress() {
    String body = """
        tier "Bronze" {
          require a: model-parameters is open
          require b: training-code is open
        }
        tier "Silver" extends "Bronze" {
          require c: inference-code is open
          require d: evaluation-code is open
        }
        """;
    String r = "components:\n  model-parameters: {availability: open}\n  training-code: {availability: open}\n"
        + "  inference-code: {availability: open}\n";
    Verdict.Tiers t = (Verdict.Tiers) eval(body, r).verdict();
    assertThat(t.tier()).contains("Bronze");
    assertThat(t.undetermined()).containsExactly("Silver");
    assertThat(t.progress()).containsEntry("Bronze", 100.0).containsEntry("Silver", 75.0);
    Verdict.Tiers gated = (Verdict.Tiers) eval("progress gated\n" + body,
        "components:\n  model-parameters: {availability: open}\n  inference-code: {availability: open}\n")
        .verdict();
    assertThat(gated.tier()).isEmpty();
    assertThat(gated.progress()).containsEntry("Bronze", 50.0).containsEntry("Silver", 0.0);
  }

  @Test
  void scoresAreIntervalsUnlessUnknownCountsAsZero() {
    String score = """
        score {
          group "Availability" {
            dimension w "Weights" = grade of model-parameters
            dimension c "Code" weight 3 = 1 when training-code is open, 0.5 when training-code is gated, else 0
          }
        }
        """;
    String r = "components:\n  model-parameters: {availability: open, grade: partial}\n";
    Verdict.Score open = (Verdict.Score) eval(score, r).verdict();
    assertThat(open.score()).isEqualTo(new Interval(0.125, 0.875));
    Verdict.Score zero = (Verdict.Score) eval("unknown as 0\n" + score, r).verdict();
    assertThat(zero.score()).isEqualTo(Interval.exactly(0.125));
    assertThat(zero.groups()).containsEntry("Availability", Interval.exactly(0.125));
  }

  @Test
  void scoreSumTotalsByTheWeightedSumAndSoDoesEachGroup() {
    String score = """
        score sum
        score {
          group "Availability" {
            dimension w "Weights" = grade of model-parameters
            dimension c "Code" weight 3 = 1 when training-code is open, 0.5 when training-code is gated, else 0
          }
          dimension p "Paper" = 1 when research-paper is open, else 0
        }
        """;
    String r = "components:\n  model-parameters: {availability: open, grade: partial}\n"
        + "  research-paper: {availability: open}\n";
    // 0.5 + 3 x [0, 1] + 1: an interval while the code is unknown, one number when unknowns count as 0.
    Verdict.Score open = (Verdict.Score) eval(score, r).verdict();
    assertThat(open.score()).isEqualTo(new Interval(1.5, 4.5));
    assertThat(open.groups()).containsEntry("Availability", new Interval(0.5, 3.5));
    Verdict.Score zero = (Verdict.Score) eval("unknown as 0\n" + score, r).verdict();
    assertThat(zero.score()).isEqualTo(Interval.exactly(1.5));
    assertThat(zero.dimensions()).containsEntry("w", Interval.exactly(0.5)).containsEntry("p", Interval.exactly(1));
    // 'score mean' is the default, written out.
    Verdict.Score mean = (Verdict.Score) eval("unknown as 0\n" + score.replace("score sum", "score mean"), r)
        .verdict();
    assertThat(mean.score()).isEqualTo(Interval.exactly(1.5 / 5));
  }

  @Test
  void gradedIsKnownWhateverTheDefinitionDoesWithUnknowns() {
    String r = "components:\n  model-card: {availability: open, grade: partial}\n";
    assertThat(outcome("model-card is graded", r)).isEqualTo(SATISFIED);
    assertThat(outcome("datasets is graded", r)).isEqualTo(VIOLATED);
    assertThat(outcome("any listed components are graded", OPEN_MIT)).isEqualTo(VIOLATED);
    Verdict.Binary strict = (Verdict.Binary) eval("unknown as violated\nrequire r: datasets is graded", r).verdict();
    assertThat(strict.outcome()).isEqualTo(VIOLATED);
  }

  @Test
  void categoriesGiveTheMostOpenCertainCategory() {
    String body = """
        category "closed"
        category "open weights" when model-parameters is open
        category "open source" when model-parameters is open and training-code is open
        """;
    Verdict.Category c = (Verdict.Category) eval(body, OPEN_MIT).verdict();
    assertThat(c.category()).contains("open weights");
    assertThat(c.undetermined()).containsExactly("open source");
  }

  @Test
  void warningsNeverChangeTheVerdict() {
    String body = "require r: model-parameters is open\nwarn suited: unless model-parameters has license suited "
        + "because \"licence not suited to data\"";
    Evaluation e = eval(body, OPEN_MIT);
    assertThat(e.verdict().summary()).isEqualTo("passed");
    assertThat(e.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("suited");
      assertThat(w.message()).isEqualTo("licence not suited to data");
    });
  }

  @Test
  void aWarningCitesOnlyTheFactsOfTheComponentsThatFailedIt() {
    String body = "require r: model-parameters is open\n"
        + "warn suited: unless all listed components have (not license osi-approved or license suited)";
    String r = "components:\n  model-parameters: {availability: open, license: Apache-2.0}\n"
        + "  training-code: {availability: open, license: none}\n"
        + "  model-card: {availability: open, license: CC-BY-4.0}\n";
    Evaluation e = eval(body, r);
    // Apache-2.0 on weights fails; code without a licence and a CC-BY card pass, though some of their facts fail.
    assertThat(e.warnings()).singleElement().satisfies(w -> assertThat(w.facts())
        .extracting(f -> f.subject() + " " + f.aspect() + " " + f.value())
        .containsExactly("model-parameters license Apache-2.0"));
  }

  @Test
  void aWarningsFactsDoNotDependOnTheOrderOfItsConditions() {
    String r = "components:\n  model-parameters: {availability: open, license: LicenseRef-x}\n";
    for (String condition : java.util.List.of(
        "model-parameters has license osi-approved and model-parameters is open",
        "model-parameters is open and model-parameters has license osi-approved")) {
      Evaluation e = eval("require r: model-parameters is open\nwarn w: unless " + condition, r);
      assertThat(e.warnings()).singleElement().satisfies(w -> assertThat(w.facts())
          .extracting(f -> f.subject() + " " + f.aspect() + " " + f.value())
          .as(condition).containsExactly("model-parameters license LicenseRef-x"));
    }
  }

  @Test
  void aWarningCitesTheBasesFactsWhenTheBaseFailedIt() {
    String r = "base:\n  relation: fine-tune\n  name: B\n  components:\n    model-parameters: {availability: gated}\n"
        + "components:\n  model-parameters: {availability: open, license: MIT}\n";
    Evaluation e = eval("require r: model-parameters is open\n"
        + "warn w: unless model-parameters is open and base (model-parameters is open)", r);
    assertThat(e.warnings()).singleElement().satisfies(w -> assertThat(w.facts())
        .extracting(f -> f.subject() + " " + f.aspect() + " " + f.value())
        .containsExactly("model-parameters availability gated"));
  }

  @Test
  void factsAreTypedAndUnknownUntilStated() {
    String r = "facts:\n  monetized: false\n  training-compute-flop: 3.0e25\n  access-channels: [api]\n";
    assertThat(outcome("not fact monetized", r)).isEqualTo(SATISFIED);
    assertThat(outcome("fact training-compute-flop > 1e25", r)).isEqualTo(SATISFIED);
    assertThat(outcome("fact access-channels is download", r)).isEqualTo(VIOLATED);
    assertThat(outcome("fact systemic-risk", r)).isEqualTo(UNKNOWN);
    assertThat(outcome("fact systemic-risk is known", r)).isEqualTo(VIOLATED);
  }

  @Test
  void unknownAsZeroMakesAScoreASingleNumber() {
    String body = """
        unknown as 0
        score {
          dimension a "A" = 1 when model-parameters has license fsf-libre, else 0
          dimension b "B" = 1 when training-code is open, else 0
        }
        """;
    Verdict.Score s = (Verdict.Score) eval(body,
        "components:\n  model-parameters: {availability: open, license: LicenseRef-foo}\n").verdict();
    assertThat(s.score()).isEqualTo(Interval.exactly(0));
  }

  @Test
  void numericFactsCompareAsNumbersWithIs() {
    String r = "facts:\n  training-compute-flop: 1.0e25\n  limit: 1\n";
    assertThat(outcome("fact training-compute-flop == 1e25", r)).isEqualTo(SATISFIED);
    assertThat(outcome("fact limit is 1.0", r)).as("a free-form number compared with 'is'").isEqualTo(SATISFIED);
    assertThat(outcome("fact limit is 2", r)).isEqualTo(VIOLATED);
  }

  @Test
  void aChildOverridesATierRuleInItsTierAndReplacesItsWarning() {
    CompileResult r = PolicyCompiler.create().compile(SourceText.of("t.shade", """
        shades 1
        definition p "P" {
          tier "A" {
            require a: model-parameters is open
            warn n: unless model-card is released
          }
        }
        definition c "C" extends p {
          require a: model-parameters is released
          warn n: unless datasets is released
        }
        """));
    assertThat(r.diagnostics()).as(Diagnostics.render(r.diagnostics())).isEmpty();
    Definition c = r.definition("c").orElseThrow().definition();
    Evaluation e = Evaluator.create().evaluate(c, release(
        "components:\n  model-parameters: {availability: gated}\n  model-card: {availability: not-released}\n"
            + "  datasets: {availability: open}\n"));
    assertThat(((Verdict.Tiers) e.verdict()).tier()).contains("A");
    assertThat(e.warnings()).isEmpty();
  }

  @Test
  void aNegatedCountIsNotMistakenForAContradiction() {
    CompileResult r = PolicyCompiler.create().compile(SourceText.of("t.shade", """
        shades 1
        definition x "X" {
          require x: model-parameters is open and not at least 2 of [model-parameters] are open
        }
        """));
    assertThat(r.ok()).isTrue();
  }

  @Test
  void javaBuiltDefinitionsHashTheSameWhateverTheSetOrder() {
    java.util.Set<String> a = new java.util.LinkedHashSet<>(java.util.List.of("MIT", "Apache-2.0", "ISC"));
    java.util.Set<String> b = new java.util.LinkedHashSet<>(java.util.List.of("ISC", "MIT", "Apache-2.0"));
    java.util.function.Function<java.util.Set<String>, Definition> build = set -> Definition.builder("h")
        .require(dev.shades.core.definition.Requirement.of("r", dev.shades.core.definition.Condition.Quantified.one(
            dev.shades.core.model.ComponentCatalog.MODEL_PARAMETERS, new dev.shades.core.definition.ComponentTest
                .License(new dev.shades.core.definition.LicenseTest.In(set))))).build();
    assertThat(build.apply(a).sourceHash()).isEqualTo(build.apply(b).sourceHash());
  }
}
