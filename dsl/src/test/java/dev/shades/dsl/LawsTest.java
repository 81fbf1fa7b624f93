package dev.shades.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.definition.ComponentSelector;
import dev.shades.core.definition.ComponentTest;
import dev.shades.core.definition.Condition;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.DefinitionBuilder;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.LicenseTest;
import dev.shades.core.definition.Requirement;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Shape;
import dev.shades.core.definition.Tier;
import dev.shades.core.definition.Verdict;
import dev.shades.core.definition.WarningRule;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.license.ExpressionParser;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Availability;
import dev.shades.core.model.BaseRelease;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.Fact;
import dev.shades.core.model.FactValue;
import dev.shades.core.model.Facts;
import dev.shades.core.model.Grade;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Relation;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.CompiledDefinition;
import dev.shades.dsl.compile.PolicyCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Laws over every definition in the repository's policy files and every bundled release, plus releases generated
 * from a seeded random source: evaluation does not depend on the order of requirements; a more open licence choice
 * or an unknown that becomes a known, open fact never lowers a verdict; a definition built with the Java API gives
 * the same results as the same definition written as text.
 */
class LawsTest {
  private static final Evaluator EVALUATOR = Evaluator.withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  private static final List<Definition> DEFINITIONS = new ArrayList<>();
  private static final List<Release> RELEASES = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    Path root = Path.of(System.getProperty("shades.root", ".."));
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".shade"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bad/")
              && !p.toString().contains("/format/") && !p.toString().contains("Inputs"))
          .sorted().toList()) {
        CompileResult r = PolicyCompiler.create().compile(f);
        r.definitions().stream().map(CompiledDefinition::definition).forEach(DEFINITIONS::add);
      }
    }
    try (Stream<Path> files = Files.list(root.resolve("examples/releases"))) {
      files.sorted().forEach(f -> Descriptions.read(f).release().ifPresent(RELEASES::add));
    }
    Random random = new Random(20261124);
    for (int i = 0; i < 300; i++) {
      RELEASES.add(randomRelease(random, i, true));
    }
  }

  @Test
  void thereIsSomethingToCheck() {
    assertThat(DEFINITIONS).hasSizeGreaterThanOrEqualTo(4);
    assertThat(RELEASES).hasSizeGreaterThanOrEqualTo(326);
  }

  @TestFactory
  Stream<DynamicTest> evaluationDoesNotDependOnTheOrderOfRequirements() {
    Random random = new Random(7);
    return DEFINITIONS.stream().map(def -> DynamicTest.dynamicTest(def.id(), () -> {
      for (int round = 0; round < 3; round++) {
        Definition shuffled = shuffled(def, random);
        for (Release r : RELEASES) {
          assertSameResult(EVALUATOR.evaluate(def, r), EVALUATOR.evaluate(shuffled, r), r.name());
        }
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> aMoreOpenReleaseNeverGetsALowerVerdict() {
    return DEFINITIONS.stream().map(def -> DynamicTest.dynamicTest(def.id(), () -> {
      for (Release r : RELEASES) {
        Evaluation before = EVALUATOR.evaluate(def, r);
        for (ComponentKind kind : ComponentCatalog.standard().kinds()) {
          Release opener = moreOpen(r, kind);
          Evaluation after = EVALUATOR.evaluate(def, opener);
          assertThat(rank(after.verdict())).as("%s on %s, %s made more open: %s -> %s", def.id(), r.name(),
              kind.id(), before.verdict().summary(), after.verdict().summary())
              .isGreaterThanOrEqualTo(rank(before.verdict()));
        }
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> theVerdictOnlyPathGivesTheSameVerdicts() {
    return DEFINITIONS.stream().map(def -> DynamicTest.dynamicTest(def.id(), () -> {
      for (Release r : RELEASES) {
        assertThat(EVALUATOR.verdict(def, r)).as(r.name()).isEqualTo(EVALUATOR.evaluate(def, r).verdict());
      }
    }));
  }

  @Test
  void aDefinitionBuiltInJavaEqualsTheSameDefinitionWrittenAsText() {
    CompileResult compiled = PolicyCompiler.create().compile(SourceText.of("weights.shade", """
        shades 1
        definition weights-and-code "Weights and code" {
          licenses osi = osi-approved
          require weights: model-parameters is released with license osd-conformant
          require code: all of [training-code, inference-code] are open with license osi
          warn suited: unless model-parameters has license suited because "licence not suited to data"
        }
        """));
    Definition fromText = compiled.definitions().get(0).definition();
    ComponentTest released = new ComponentTest.AvailabilityIn(ComponentTest.RELEASED, "released");
    ComponentTest open = new ComponentTest.AvailabilityIn(java.util.Set.of(Availability.OPEN), "open");
    Definition built = Definition.builder("weights-and-code")
        .title("Weights and code")
        .require(Requirement.of("weights", Condition.Quantified.one(ComponentCatalog.MODEL_PARAMETERS,
            new ComponentTest.All(List.of(released, new ComponentTest.License(new LicenseTest.OsdConformant()))))))
        .require(Requirement.of("code", Condition.Quantified.all(new ComponentSelector.Kinds(List.of(
            ComponentCatalog.TRAINING_CODE, ComponentCatalog.INFERENCE_CODE)), new ComponentTest.All(List.of(open,
            new ComponentTest.License(new LicenseTest.Named("osi", new LicenseTest.OsiApproved())))))))
        .warn(new WarningRule("suited", Condition.Quantified.one(ComponentCatalog.MODEL_PARAMETERS,
            new ComponentTest.License(new LicenseTest.SuitedTo(Optional.empty()))), "licence not suited to data",
            Optional.empty()))
        .build();
    // The same rules, record for record (source spans aside: only the text has them).
    List<Requirement> textRules = new ArrayList<>();
    for (Requirement r : ((Shape.Binary) fromText.shape()).requirements()) {
      textRules.add(new Requirement(r.id(), r.condition(), r.applies(), r.because(), r.remedy(), Optional.empty()));
    }
    assertThat(((Shape.Binary) built.shape()).requirements()).isEqualTo(textRules);
    assertThat(built.warnings()).extracting(WarningRule::condition)
        .isEqualTo(fromText.warnings().stream().map(WarningRule::condition).toList());
    for (Release r : RELEASES) {
      Evaluation a = EVALUATOR.evaluate(fromText, r);
      Evaluation b = EVALUATOR.evaluate(built, r);
      assertSameResult(a, b, r.name());
      assertThat(b.warnings()).isEqualTo(a.warnings());
    }
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  private static void assertSameResult(Evaluation a, Evaluation b, String release) {
    assertThat(b.verdict().summary()).as(release).isEqualTo(a.verdict().summary());
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    a.requirements().forEach(r -> outcomes.put(r.id(), r.outcome()));
    for (RequirementResult r : b.requirements()) {
      assertThat(r.outcome()).as(release + " " + r.id()).isEqualTo(outcomes.get(r.id()));
    }
  }

  /** A verdict's place in the order of openness (higher is more open). */
  private static double rank(Verdict v) {
    if (v instanceof Verdict.Binary b) {
      return b.outcome() == Outcome.SATISFIED ? 2 : b.outcome() == Outcome.UNKNOWN ? 1 : 0;
    } else if (v instanceof Verdict.Tiers t) {
      List<String> names = new ArrayList<>(t.outcomes().keySet());
      return t.tier().map(names::indexOf).orElse(-1);
    } else if (v instanceof Verdict.Score s) {
      return s.score().low();
    }
    return 0; // categories: checked through their conditions in the requirement results
  }

  private static Definition shuffled(Definition d, Random random) {
    Shape shape = d.shape();
    Shape out;
    if (shape instanceof Shape.Binary b) {
      List<Requirement> rs = new ArrayList<>(b.requirements());
      Collections.shuffle(rs, random);
      out = new Shape.Binary(rs);
    } else if (shape instanceof Shape.Tiers t) {
      List<Tier> tiers = new ArrayList<>();
      for (Tier tier : t.tiers()) {
        List<Requirement> rs = new ArrayList<>(tier.requirements());
        Collections.shuffle(rs, random);
        tiers.add(new Tier(tier.name(), tier.extendsTier(), rs, tier.warnings()));
      }
      out = new Shape.Tiers(tiers, t.progress());
    } else {
      out = shape;
    }
    return new Definition(d.id(), d.title(), d.version(), d.source(), out, d.warnings(), d.unknownPolicy(),
        d.sourceHash(), d.knowledge(), d.catalog());
  }

  /** The release with one component more open: an unknown made open, a licence offered with an open choice. */
  private static Release moreOpen(Release r, ComponentKind kind) {
    Component c = r.component(kind);
    Component.Builder b = Component.builder(kind).availability(
        c.availability() == Availability.UNKNOWN ? Availability.OPEN : c.availability());
    c.grade().ifPresent(b::grade);
    LicenseStatement l = r.resolveLicense(kind).statement();
    String open = "CC0-1.0 OR Apache-2.0 OR OpenMDW-1.0";
    String text = l instanceof LicenseStatement.Expression e ? "(" + e.expression() + ") OR " + open : open;
    b.license(LicenseStatement.of(ExpressionParser.parse(text).expression().orElseThrow()));
    b.evidence(c.evidence()).locations(c.locations()).parts(c.parts());
    c.dataInformation().ifPresent(b::dataInformation);
    c.completeness().ifPresent(b::completeness);
    Release.Builder rb = Release.builder(r.name()).licenses(r.licenses()).facts(r.facts());
    r.base().ifPresent(rb::base);
    r.components().values().forEach(rb::component);
    rb.component(b.build());
    return rb.build();
  }

  private static final String[] LICENCES = {"MIT", "Apache-2.0", "CC-BY-4.0", "CC-BY-NC-4.0", "GPL-3.0-only",
      "CC0-1.0", "ODC-By-1.0", "LicenseRef-scancode-llama-2-license-2023",
      "LicenseRef-scancode-llama-3.1-license-2024", "LicenseRef-scancode-gemma-tou-2024-04-01",
      "MIT OR LicenseRef-scancode-llama-2-license-2023", "Apache-2.0 AND CC-BY-NC-4.0",
      "GPL-2.0-only WITH Classpath-exception-2.0", "LicenseRef-unknown-terms"};

  static Release randomRelease(Random random, int n, boolean withBase) {
    Release.Builder b = Release.builder("random-" + n);
    Availability[] availabilities = Availability.values();
    for (ComponentKind kind : ComponentCatalog.standard().kinds()) {
      int roll = random.nextInt(10);
      if (roll < 3) {
        continue; // not listed: unknown
      }
      Component.Builder c = Component.builder(kind).availability(availabilities[random.nextInt(
          availabilities.length)]);
      int lic = random.nextInt(LICENCES.length + 3);
      if (lic < LICENCES.length) {
        c.license(LicenseStatement.of(ExpressionParser.parse(LICENCES[lic]).expression().orElseThrow()));
      } else if (lic == LICENCES.length) {
        c.license(LicenseStatement.none());
      }
      if (random.nextBoolean()) {
        c.grade(Grade.values()[random.nextInt(3)]);
      }
      b.component(c.build());
    }
    Map<String, Fact<FactValue>> facts = new LinkedHashMap<>();
    if (random.nextBoolean()) {
      facts.put("monetized", Fact.of(new FactValue.Bool(random.nextBoolean())));
    }
    if (random.nextBoolean()) {
      facts.put("training-compute-flop", Fact.of(new FactValue.Number(Math.pow(10, 20 + random.nextInt(8)))));
    }
    b.facts(new Facts(facts));
    if (withBase && random.nextInt(4) == 0) {
      b.base(new BaseRelease(Relation.FINE_TUNE, randomRelease(random, n, false), Optional.empty()));
    }
    return b.build();
  }
}
