package dev.shades.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.shades.core.definition.Category;
import dev.shades.core.definition.ComponentTest;
import dev.shades.core.definition.Condition;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Dimension;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.LicenseTest;
import dev.shades.core.definition.Requirement;
import dev.shades.core.definition.Tier;
import dev.shades.core.definition.Value;
import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON forms are valid against their schemas, for every verdict shape and every bundled release. */
class JsonFormsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema(String name) throws IOException {
    try (InputStream in = EvaluationJson.class.getResourceAsStream(name)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  /** One definition of each verdict shape, built with the Java API. */
  static List<Definition> definitions() {
    Condition weightsOpen = Condition.Quantified.one(ComponentCatalog.MODEL_PARAMETERS,
        new ComponentTest.All(List.of(new ComponentTest.AvailabilityIn(ComponentTest.RELEASED, "released"),
            new ComponentTest.License(new LicenseTest.OsdConformant()))));
    Condition codeOpen = Condition.Quantified.one(ComponentCatalog.TRAINING_CODE,
        new ComponentTest.License(new LicenseTest.OsiApproved()));
    return List.of(
        Definition.builder("binary").require(Requirement.of("weights", weightsOpen).because("why")
            .remedy("how")).build(),
        Definition.builder("tiers")
            .tier(new Tier("One", Optional.empty(), List.of(Requirement.of("w", weightsOpen)), List.of()))
            .tier(new Tier("Two", Optional.of("One"), List.of(Requirement.of("c", codeOpen)), List.of()))
            .build(),
        Definition.builder("score")
            .dimension(new Dimension("w", "Weights", Optional.of("Availability"), 1,
                new Value.GradeOf(ComponentCatalog.MODEL_PARAMETERS)))
            .dimension(new Dimension("c", "Code", Optional.empty(), 2, new Value.Choice(
                List.of(new Value.Case(codeOpen, 1)), 0)))
            .build(),
        Definition.builder("category")
            .category(new Category("closed", new Condition.Constant(true), Optional.empty()))
            .category(new Category("open", weightsOpen, Optional.of("weights are open")))
            .build());
  }

  @Test
  void everyEvaluationOfEveryBundledReleaseIsValid() throws IOException {
    JsonSchema schema = schema("evaluation.schema.json");
    Evaluator evaluator = Evaluator.withClock(Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC));
    int checked = 0;
    try (Stream<Path> files = Files.list(Path.of("../examples/releases"))) {
      for (Path f : files.sorted().toList()) {
        Release r = Descriptions.read(f).release().orElseThrow();
        for (Definition d : definitions()) {
          Evaluation e = evaluator.evaluate(d, r);
          JsonNode node = JSON.readTree(EvaluationJson.toJson(e, Optional.of(f.toString())));
          assertThat(schema.validate(node)).as(d.id() + " on " + f).isEmpty();
          assertThat(node.at("/audit/evaluatedAt").asText()).isEqualTo("2026-11-24T00:00:00Z");
          assertThat(node.at("/audit/spdxListVersion").asText()).isEqualTo("3.28.0");
          assertThat(node.at("/verdict/kind").asText()).isEqualTo(e.verdict().kind());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(26 * 4);
  }

  @Test
  void carriesTheFactsWithTheirProvenanceAndEvidence() throws IOException {
    Release r = Descriptions.read("r.yaml", """
        shades: 1
        name: R
        licenses: {data: Apache-2.0}
        components:
          model-parameters: {availability: open, evidence: "https://example.org/weights"}
        """, ReadOptions.defaults()).release().orElseThrow();
    Evaluation e = Evaluator.create().evaluate(definitions().get(0), r);
    JsonNode node = JSON.readTree(EvaluationJson.toJson(e, Optional.empty()));
    assertThat(node.at("/verdict/passed").asBoolean()).isTrue();
    JsonNode licence = node.at("/requirements/0/facts/1");
    assertThat(licence.get("aspect").asText()).isEqualTo("license");
    assertThat(licence.get("value").asText()).isEqualTo("Apache-2.0");
    assertThat(licence.get("provenance").asText()).isEqualTo("inherited from the release default for data");
    assertThat(licence.at("/evidence/0").asText()).isEqualTo("https://example.org/weights");
    assertThat(node.at("/requirements/0/remedy").asText()).isEqualTo("how");
    assertThat(node.get("disclaimer").asText()).contains("not legal advice");
  }

  @Test
  void diagnosticsAreValid() throws IOException {
    List<Diagnostic> diagnostics = Descriptions.read("bad.yaml", "shades: 1\nname: X\ncomponents:\n  weights: {}\n",
        ReadOptions.defaults()).diagnostics();
    JsonNode node = JSON.readTree(DiagnosticsJson.toJson(diagnostics));
    assertThat(schema("diagnostics.schema.json").validate(node)).isEmpty();
    assertThat(node.get("errors").asInt()).isEqualTo(1);
    assertThat(node.at("/diagnostics/0/code").asText()).isEqualTo("unknown-component");
    assertThat(node.at("/diagnostics/0/line").asInt()).isEqualTo(4);
  }
}
