package dev.shades.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.model.Component;
import dev.shades.core.model.Part;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import dev.shades.core.read.ShadesFormatReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every bundled example release is valid, canonical, backed by evidence, and valid against the JSON Schema. */
class BundledReleasesTest {
  static final Path RELEASES = Path.of("releases");
  private static List<Path> files;
  private static JsonSchema schema;

  @BeforeAll
  static void load() throws IOException {
    try (Stream<Path> s = Files.list(RELEASES)) {
      files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
    }
    try (InputStream in = ShadesFormatReader.class.getResourceAsStream("description.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void coverTheModelsTheOsiJudgedAndMore() {
    assertThat(files).hasSizeGreaterThanOrEqualTo(26);
    List<String> names = files.stream().map(f -> Descriptions.read(f).release().map(Release::name).orElse(""))
        .toList();
    for (String model : List.of("Pythia", "OLMo", "Amber", "CrystalCoder", "T5", "BLOOM", "StarCoder2",
        "Falcon 180B", "Llama 2", "Grok-1", "Phi-2", "Mixtral 8x7B", "Llama 3.1", "Mistral 7B", "Falcon 40B",
        "Gemma 2", "Qwen2.5", "DeepSeek-R1", "Granite 3", "OLMo 2", "Stable Diffusion XL", "Whisper", "GPT-4o",
        "Claude 3.5 Sonnet")) {
      assertThat(names).as("a bundled release named like '%s'", model)
          .anyMatch(n -> squash(n).startsWith(squash(model)));
    }
  }

  /** Lower case without spaces or punctuation: "Falcon-40B" and "Falcon 40B" are the same name. */
  private static String squash(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]", "");
  }

  @TestFactory
  Stream<DynamicTest> eachReadsWithoutAnyDiagnostic() {
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      ReadResult r = Descriptions.read(f);
      assertThat(r.diagnostics()).as(Diagnostics.render(r.diagnostics())).isEmpty();
      assertThat(r.format()).contains("shades");
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyStatedComponentCarriesEvidence() {
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      Release release = Descriptions.read(f).release().orElseThrow();
      check(release, f);
      release.base().ifPresent(b -> check(b.release(), f));
    }));
  }

  private static void check(Release release, Path file) {
    for (Component c : release.components().values()) {
      if (c.isStated()) {
        assertThat(c.evidence()).as("%s: %s is %s but has no evidence", file, c.kind().id(),
            c.availability().id()).isNotEmpty();
        assertThat(c.evidence()).allSatisfy(e -> assertThat(e.url()).startsWith("http"));
      }
      for (Part p : c.parts()) {
        if (p.availability() != dev.shades.core.model.Availability.UNKNOWN) {
          assertThat(p.evidence().isEmpty() && p.locations().isEmpty() && c.evidence().isEmpty())
              .as("%s: part %s of %s has no evidence or location", file, p.name(), c.kind().id()).isFalse();
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> eachIsValidAgainstTheJsonSchema() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      JsonNode node = yaml.readTree(f.toFile());
      Set<ValidationMessage> errors = schema.validate(node);
      assertThat(errors).as(f.toString()).isEmpty();
    }));
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode bad = yaml.readTree("shades: 1\nname: X\ncomponents:\n  weights: {availability: open}\n");
    assertThat(schema.validate(bad)).isNotEmpty();
    JsonNode badAvailability = yaml.readTree("shades: 1\nname: X\ncomponents:\n  datasets: {availability: maybe}\n");
    assertThat(schema.validate(badAvailability)).isNotEmpty();
    JsonNode noName = yaml.readTree("shades: 1\n");
    assertThat(schema.validate(noName)).isNotEmpty();
  }
}
