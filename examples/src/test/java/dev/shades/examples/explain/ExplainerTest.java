package dev.shades.examples.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.definition.Category;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.Shape;
import dev.shades.core.definition.Tier;
import dev.shades.core.definition.Verdict;
import dev.shades.core.explain.Change;
import dev.shades.core.explain.ChangeSet;
import dev.shades.core.explain.Explainer;
import dev.shades.core.explain.NextVerdict;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.dsl.Builtins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The path to the next verdict, on the bundled releases: specific answers, and laws every answer obeys. */
class ExplainerTest {
  private static final Explainer EXPLAINER = Explainer.create();
  private static final Evaluator EVALUATOR = Evaluator.create();

  static Release release(String file) {
    return Descriptions.read(Path.of("releases", file)).release().orElseThrow();
  }

  static Definition definition(String id) {
    return Builtins.find(id).orElseThrow();
  }

  @Test
  void falcon180bPassesTheLinuxFoundationDefinitionOnceItsWeightsAreRelicensed() {
    NextVerdict next = EXPLAINER.explain(definition("lf-open-source-ai"), release("falcon-180b.yaml"));
    assertThat(next.current()).isEqualTo("failed");
    assertThat(next.target()).contains("passed");
    assertThat(next.paths()).hasSize(1);
    ChangeSet only = next.paths().get(0);
    assertThat(only.reaches()).isEqualTo("passed");
    assertThat(only.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.RELICENSE);
      assertThat(c.subject()).isEqualTo("model-parameters");
      assertThat(c.licenses()).contains("Apache-2.0", "CDLA-Permissive-2.0");
      assertThat(c.description()).startsWith("license model-parameters under ")
          .endsWith("(now LicenseRef-shades-falcon-180b-tii-1.0, stated on the component)");
    });
  }

  @Test
  void olmoAlreadyPassesTheOsaid() {
    NextVerdict next = EXPLAINER.explain(definition("osaid-1.0"), release("olmo-7b.yaml"));
    assertThat(next.target()).isEmpty();
    assertThat(next.paths()).isEmpty();
    assertThat(next.note()).contains("already at the most open verdict");
  }

  @Test
  void llama2NeedsCodeDataInformationAndOpenWeightsForTheOsaid() {
    NextVerdict next = EXPLAINER.explain(definition("osaid-1.0"), release("llama-2-7b.yaml"));
    assertThat(next.paths()).isNotEmpty();
    List<String> subjects = next.paths().get(0).changes().stream().map(Change::subject).toList();
    assertThat(subjects).contains("model-parameters", "training-code", "training-data-information");
    Change weights = next.paths().get(0).changes().stream().filter(c -> c.subject().equals("model-parameters"))
        .findFirst().orElseThrow();
    assertThat(weights.actions()).containsExactly("open", "license");
    assertThat(weights.kind()).isEqualTo(Change.Kind.OPEN_ACCESS);
  }

  @Test
  void aClosedApiModelIsToldToReleaseItsWeights() {
    NextVerdict next = EXPLAINER.explain(definition("ocv-spectrum"), release("gpt-4o.yaml"));
    assertThat(next.current()).isEqualTo("closed");
    assertThat(next.paths()).isNotEmpty();
    assertThat(next.paths().get(0).changes()).extracting(Change::subject).containsExactly("model-parameters");
    assertThat(next.paths().get(0).changes().get(0).kind()).isEqualTo(Change.Kind.RELEASE);
  }

  @Test
  void theExemptionNamesTheNumberItCannotGuess() {
    NextVerdict next = EXPLAINER.explain(definition("eu-ai-act-exemption"), release("falcon-180b.yaml"));
    assertThat(next.paths()).isEmpty();
    assertThat(next.note()).hasValueSatisfying(n -> assertThat(n).contains("fact training-compute-flop"));
  }

  @Test
  void scoresListSingleChangesLargestGainFirst() {
    NextVerdict next = EXPLAINER.explain(definition("eu-osai-index-derived"), release("llama-2-7b.yaml"));
    assertThat(next.target()).contains("a higher score");
    assertThat(next.paths()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.changes()).hasSize(1);
      assertThat(p.scoreGain()).hasValueSatisfying(g -> assertThat(g).isPositive());
    });
    List<Double> gains = next.paths().stream().map(p -> p.scoreGain().orElseThrow()).toList();
    assertThat(gains).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void unknownFactsAreStatedWithTheValueThatHelps() {
    Definition d = dev.shades.dsl.Builtins.compiler().withoutTests().compile(dev.shades.core.diagnostic.SourceText
        .of("facts.shade", """
            shades 1
            definition api-and-flag "Reachable by API, with a flag" {
              version "1"
              require channel: fact access-channels is api
              require flag: fact reviewed-by-legal
              require weights: model-parameters is open
            }
            """)).definitions().get(0).definition();
    Release bare = Release.builder("Bare").component(dev.shades.core.model.Component.builder(
        dev.shades.core.model.ComponentCatalog.MODEL_PARAMETERS).availability(
        dev.shades.core.model.Availability.OPEN).build()).build();
    NextVerdict next = EXPLAINER.explain(d, bare);
    assertThat(next.paths()).hasSize(1);
    assertThat(next.paths().get(0).changes()).extracting(Change::description).containsExactly(
        "state fact access-channels: [api] (now unknown)", "state fact reviewed-by-legal: true (now unknown)");
    assertThat(next.paths().get(0).reaches()).isEqualTo("passed");
  }

  /**
   * Laws, for every bundled release and built-in definition: each path reaches the target when applied and says
   * so; no change in it can be left out; paths come fewest changes first; scores rise by the gain stated.
   */
  @TestFactory
  Stream<DynamicTest> everyPathReachesItsTargetAndIsMinimal() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("releases"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      Release release = Descriptions.read(file).release().orElseThrow();
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
        for (Definition d : Builtins.definitions()) {
          NextVerdict next = EXPLAINER.explain(d, release);
          assertThat(next.paths().isEmpty()).as("%s: no path iff a note", d.id()).isEqualTo(next.note().isPresent());
          List<Integer> sizes = next.paths().stream().map(p -> p.changes().size()).toList();
          assertThat(sizes).as("%s: fewest changes first", d.id()).isSorted();
          for (ChangeSet path : next.paths()) {
            Verdict after = EVALUATOR.verdict(d, Explainer.apply(release, path.changes(), d.catalog()));
            assertThat(after.summary()).as("%s: %s", d.id(), path.describe()).isEqualTo(path.reaches());
            if (d.shape() instanceof Shape.Score) {
              double before = ((Verdict.Score) EVALUATOR.verdict(d, release)).score().low();
              assertThat(((Verdict.Score) after).score().low() - before)
                  .isCloseTo(path.scoreGain().orElseThrow(), org.assertj.core.data.Offset.offset(1e-9));
              continue;
            }
            assertThat(reaches(d, after, next.target().orElseThrow())).as("%s: %s reaches %s", d.id(),
                path.describe(), next.target()).isTrue();
            for (int i = 0; i < path.changes().size(); i++) {
              List<Change> fewer = new ArrayList<>(path.changes());
              fewer.remove(i);
              Verdict without = EVALUATOR.verdict(d, Explainer.apply(release, fewer, d.catalog()));
              assertThat(reaches(d, without, next.target().orElseThrow()))
                  .as("%s: %s is needed in %s", d.id(), path.changes().get(i).description(), path.describe())
                  .isFalse();
            }
          }
        }
      }));
    }
    return tests.stream();
  }

  /** Whether a verdict is at or above the target, read independently of the explainer. */
  private static boolean reaches(Definition d, Verdict v, String target) {
    String name = target.replace(" or above", "");
    if (v instanceof Verdict.Binary b) {
      return b.passed().orElse(false);
    }
    if (v instanceof Verdict.Tiers t && d.shape() instanceof Shape.Tiers s) {
      List<String> names = s.tiers().stream().map(Tier::name).toList();
      return t.tier().map(names::indexOf).orElse(-1) >= names.indexOf(name);
    }
    if (v instanceof Verdict.Category c && d.shape() instanceof Shape.Categories s) {
      List<String> names = s.categories().stream().map(Category::name).toList();
      return c.category().map(names::indexOf).orElse(-1) >= names.indexOf(name);
    }
    throw new AssertionError("unexpected verdict " + v);
  }
}
