package dev.shades.formats.mot;


import dev.shades.core.diagnostic.Severity;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.diagnostic.Suggestions;
import dev.shades.core.model.Availability;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.ContentType;
import dev.shades.core.model.Evidence;
import dev.shades.core.model.LicenseDefaults;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Release;
import dev.shades.core.read.DescriptionReader;
import dev.shades.core.read.ReadContext;
import dev.shades.core.read.ReadResult;
import dev.shades.core.read.YamlFile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a Model Openness Tool description ({@code framework.name: Model Openness Framework}) into a release,
 * keeping what the format says exactly:
 *
 * <ul>
 *   <li>each of the 17 MOF components the file lists is released ({@code open}); a component it does not list is
 *       {@code not-released}, because that is what the format means;
 *   <li>licence strings are kept exactly as written ({@link LicenseStatement.Unrecognised}), never normalised —
 *       the tool compares them exactly; the literal {@code unlicensed} means no licence and stops inheritance;
 *   <li>a component without a licence inherits the release's licence for its content type, else the release's
 *       {@code distribution} licence, else it has none (that is what the format means, as the tool reads it).
 * </ul>
 */
public final class MotReader implements DescriptionReader {
  /** The format's component names, in the tool's spelling, and the kinds they are. */
  static final Map<String, ComponentKind> COMPONENTS = components();

  private static final Pattern RECOGNISE = Pattern.compile("name:\\s*['\"]?Model Openness Framework");
  /** The component licence key of the tool's files before December 2024. */
  private static final String LEGACY_LICENSE = "license_name";
  private static final String LEGACY_FIELD = "legacy-field";
  private static final List<String> TOP_KEYS = List.of("framework", "release");

  /** Creates the reader (it is stateless). */
  public MotReader() {}

  @Override
  public String format() {
    return "mot";
  }

  @Override
  public String describe() {
    return "Model Openness Tool descriptions (framework.name: Model Openness Framework)";
  }

  @Override
  public boolean recognises(SourceText source) {
    return source.text().contains("framework") && RECOGNISE.matcher(source.text()).find();
  }

  @Override
  public ReadResult read(SourceText source, ReadContext context) {
    YamlFile yaml = YamlFile.read(source, context.options());
    if (yaml.root().isEmpty()) {
      return ReadResult.failed(Optional.of(format()), yaml.diagnostics());
    }
    Optional<Map<String, YamlFile.Field>> top = yaml.mapping(yaml.root().get(), "a Model Openness Tool file", null);
    if (top.isEmpty() || !top.get().containsKey("release")) {
      top.ifPresent(t -> yaml.missing(yaml.root().get(), "release", "a Model Openness Tool file"));
      return ReadResult.failed(Optional.of(format()), yaml.diagnostics());
    }
    Node releaseNode = top.get().get("release").value();
    Optional<Map<String, YamlFile.Field>> rel = yaml.mapping(releaseNode, "'release'", null);
    if (rel.isEmpty()) {
      return ReadResult.failed(Optional.of(format()), yaml.diagnostics());
    }
    Map<String, YamlFile.Field> r = rel.get();
    String name = text(yaml, r, "name").orElse("");
    if (name.isBlank()) {
      if (!wrongType(r, "name")) {
        yaml.missing(releaseNode, "name", "'release'");
      }
      return ReadResult.failed(Optional.of(format()), yaml.diagnostics());
    }
    Release.Builder b = Release.builder(name);
    text(yaml, r, "version").filter(v -> !v.isBlank()).ifPresent(b::version);
    text(yaml, r, "producer").filter(v -> !v.isBlank()).ifPresent(b::producer);
    text(yaml, r, "date").filter(v -> !v.isBlank()).ifPresent(d -> {
      try {
        b.released(LocalDate.parse(d));
      } catch (DateTimeParseException e) {
        yaml.warning("invalid-date", "'" + d + "' is not a date (YYYY-MM-DD); the release date is left out",
            r.get("date").value());
      }
    });
    text(yaml, r, "repository").filter(u -> u.startsWith("http")).ifPresent(b::homepage);

    LicenseStatement distribution = LicenseStatement.inherit();
    Map<ContentType, LicenseStatement> byType = new EnumMap<>(ContentType.class);
    if (present(r, "license")) {
      Optional<Map<String, YamlFile.Field>> lic = yaml.mapping(r.get("license").value(), "'license'", null);
      if (lic.isPresent()) {
        distribution = globalLicence(yaml, lic.get(), "distribution");
        for (ContentType type : ContentType.values()) {
          LicenseStatement l = globalLicence(yaml, lic.get(), type.id());
          if (!(l instanceof LicenseStatement.Inherit)) {
            byType.put(type, l);
          }
        }
      }
    }
    if (distribution instanceof LicenseStatement.Inherit) {
      // The format's last resort: with no licence anywhere that applies, a component has none.
      distribution = LicenseStatement.none();
    }
    b.licenses(new LicenseDefaults(distribution, byType));

    Map<String, Component> listed = new LinkedHashMap<>();
    if (present(r, "components")) {
      yaml.list(r.get("components").value(), "'components'").ifPresent(items -> {
        for (Node item : items) {
          yaml.mapping(item, "a component", null).ifPresent(f -> component(yaml, item, f, listed));
        }
      });
    }
    for (ComponentKind kind : COMPONENTS.values()) {
      Component c = listed.get(kind.id());
      b.component(c != null ? c : Component.builder(kind).availability(Availability.NOT_RELEASED)
          .notes("not listed in the Model Openness Tool file").build());
    }
    if (yaml.hasErrors()) {
      return ReadResult.failed(Optional.of(format()), yaml.diagnostics());
    }
    return ReadResult.of(format(), b.build(), yaml.diagnostics());
  }

  private static void component(YamlFile yaml, Node item, Map<String, YamlFile.Field> f,
      Map<String, Component> listed) {
    Optional<String> name = text(yaml, f, "name");
    if (name.isEmpty()) {
      if (!wrongType(f, "name")) {
        yaml.missing(item, "name", "a component");
      }
      return;
    }
    ComponentKind kind = COMPONENTS.get(name.get());
    if (kind == null) {
      yaml.warning("unknown-component", "'" + name.get() + "' is not one of the Model Openness Framework's 17 "
          + "components" + Suggestions.didYouMean(name.get(), COMPONENTS.keySet()) + "; it is left out",
          f.get("name").value());
      return;
    }
    if (listed.containsKey(kind.id())) {
      yaml.warning("duplicate-key", "component '" + name.get() + "' is listed twice; the first is kept",
          f.get("name").value());
      return;
    }
    Component.Builder c = Component.builder(kind).availability(Availability.OPEN);
    Optional<String> licence = present(f, "license")
        ? yaml.scalar(f.get("license").value(), "a component's 'license'") : Optional.empty();
    if (!present(f, "license") && present(f, LEGACY_LICENSE)) {
      // Files the tool wrote before its December 2024 format name a component's licence 'license_name' (with
      // 'location' for 'component_path'); they meant the same thing, so they are read the same way.
      licence = yaml.scalar(f.get(LEGACY_LICENSE).value(), "a component's '" + LEGACY_LICENSE + "'");
      boolean first = yaml.diagnostics().stream().noneMatch(d -> d.code().equals(LEGACY_FIELD));
      if (first && licence.isPresent()) {
        // Once per file: every component of such a file uses the old name.
        yaml.report(Severity.NOTE, LEGACY_FIELD, "'" + LEGACY_LICENSE + "' is the tool's earlier name for a "
            + "component's 'license' (files before December 2024); read as the licence, here and below",
            yaml.at(f.get(LEGACY_LICENSE).key()), LEGACY_LICENSE.length());
      }
    }
    licence.map(String::strip).filter(l -> !l.isEmpty()).ifPresent(l -> c.license(statement(l)));
    List<String> locations = new java.util.ArrayList<>();
    text(yaml, f, "component_path").or(() -> text(yaml, f, "location")).filter(u -> u.startsWith("http"))
        .ifPresent(locations::add);
    c.locations(locations);
    text(yaml, f, "license_path").filter(u -> u.startsWith("http")).ifPresent(u -> c.evidence(List.of(
        new Evidence(u, Optional.empty(), Optional.of("licence path given in the Model Openness Tool file")))));
    listed.put(kind.id(), c.build());
  }

  private static boolean present(Map<String, YamlFile.Field> f, String key) {
    return f.containsKey(key) && !YamlFile.isNull(f.get(key).value());
  }

  private static LicenseStatement globalLicence(YamlFile yaml, Map<String, YamlFile.Field> lic, String key) {
    YamlFile.Field field = lic.get(key);
    if (field == null || YamlFile.isNull(field.value())) {
      return LicenseStatement.inherit();
    }
    return yaml.mapping(field.value(), "'license." + key + "'", null)
        .flatMap(m -> text(yaml, m, "name"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(MotReader::statement)
        .orElse(LicenseStatement.inherit());
  }

  /** A licence string as the tool reads it: {@code unlicensed} is no licence; anything else is kept verbatim. */
  static LicenseStatement statement(String text) {
    return text.equals("unlicensed") ? LicenseStatement.none() : new LicenseStatement.Unrecognised(text);
  }

  private static Optional<String> text(YamlFile yaml, Map<String, YamlFile.Field> f, String key) {
    YamlFile.Field field = f.get(key);
    if (field == null || YamlFile.isNull(field.value())) {
      return Optional.empty();
    }
    return yaml.scalar(field.value(), "'" + key + "'");
  }

  /** True when the key is there with a list or mapping as its value: that was reported as the wrong type already. */
  private static boolean wrongType(Map<String, YamlFile.Field> f, String key) {
    YamlFile.Field field = f.get(key);
    return field != null && !(field.value() instanceof ScalarNode);
  }

  private static Map<String, ComponentKind> components() {
    Map<String, ComponentKind> m = new LinkedHashMap<>();
    m.put("Model architecture", ComponentCatalog.MODEL_ARCHITECTURE);
    m.put("Model parameters (Final)", ComponentCatalog.MODEL_PARAMETERS);
    m.put("Model parameters (Intermediate)", ComponentCatalog.MODEL_PARAMETERS_INTERMEDIATE);
    m.put("Datasets", ComponentCatalog.DATASETS);
    m.put("Data preprocessing code", ComponentCatalog.DATA_PREPROCESSING_CODE);
    m.put("Training code", ComponentCatalog.TRAINING_CODE);
    m.put("Inference code", ComponentCatalog.INFERENCE_CODE);
    m.put("Evaluation code", ComponentCatalog.EVALUATION_CODE);
    m.put("Evaluation data", ComponentCatalog.EVALUATION_DATA);
    m.put("Supporting libraries and tools", ComponentCatalog.SUPPORTING_LIBRARIES);
    m.put("Model metadata", ComponentCatalog.MODEL_METADATA);
    m.put("Model card", ComponentCatalog.MODEL_CARD);
    m.put("Data card", ComponentCatalog.DATA_CARD);
    m.put("Technical report", ComponentCatalog.TECHNICAL_REPORT);
    m.put("Research paper", ComponentCatalog.RESEARCH_PAPER);
    m.put("Evaluation results", ComponentCatalog.EVALUATION_RESULTS);
    m.put("Sample model outputs", ComponentCatalog.SAMPLE_MODEL_OUTPUTS);
    return java.util.Collections.unmodifiableMap(m);
  }

}
