package dev.shades.formats.osai;

import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.Evidence;
import dev.shades.core.model.Fact;
import dev.shades.core.model.FactValue;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Modality;
import dev.shades.core.model.Release;
import dev.shades.core.read.DescriptionReader;
import dev.shades.core.read.ReadContext;
import dev.shades.core.read.ReadResult;
import dev.shades.core.read.YamlFile;
import dev.shades.formats.osai.IndexFiles.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a model file of the European Open Source AI Index (osai-index.eu; the {@code projects/*.yaml} files of
 * github.com/Language-Technology-Assessment/main-database), in its current 12-parameter version and in the earlier
 * 14-parameter version. Recognised by the top-level {@code system:} and {@code org:} keys; a file is of the
 * 14-parameter version when it has a top-level {@code package} or {@code api} parameter (the two the current
 * version dropped), and the result's format is then {@code osai-index-14} instead of {@code osai-index}.
 *
 * <p>The index grades parameters, not availabilities or licences. Each parameter becomes a component of the kind
 * below carrying the declared {@linkplain dev.shades.core.model.Component#grade() grade} ({@code open},
 * {@code partial} or {@code closed}); its availability and licence stay <em>unknown</em>, because a grade does not
 * say whether something is gated, hosted or under which licence. The parameter's {@code link}s become the
 * component's evidence (with the parameter's {@code notes} as their note), and its {@code notes} the component's
 * notes.
 *
 * <table>
 *   <caption>Parameters and the component kinds that carry their grades</caption>
 *   <tr><th>group</th><th>key</th><th>index name</th><th>carried by</th></tr>
 *   <tr><td>Availability</td><td>{@code datasources_basemodel}</td><td>Base Model Data</td><td>{@code datasets}</td></tr>
 *   <tr><td></td><td>{@code datasources_endmodel}</td><td>End User Model Data</td><td>{@code fine-tuning-data}</td></tr>
 *   <tr><td></td><td>{@code weights_basemodel}</td><td>Base Model Weights</td><td>{@code base-model-parameters}</td></tr>
 *   <tr><td></td><td>{@code weights_endmodel}</td><td>End User Model Weights</td><td>{@code model-parameters}</td></tr>
 *   <tr><td></td><td>{@code trainingcode}</td><td>Training Code</td><td>{@code training-code}</td></tr>
 *   <tr><td>Documentation</td><td>{@code code}</td><td>Code Documentation</td><td>{@code code-documentation}</td></tr>
 *   <tr><td></td><td>{@code hardware_architecture}</td><td>Hardware Architecture</td>
 *       <td>{@code architecture-documentation}</td></tr>
 *   <tr><td></td><td>{@code preprint}</td><td>Preprint</td><td>{@code preprint}</td></tr>
 *   <tr><td></td><td>{@code paper}</td><td>Paper (peer-reviewed)</td><td>{@code peer-reviewed-paper}</td></tr>
 *   <tr><td></td><td>{@code modelcard}</td><td>Modelcard</td><td>{@code model-card}</td></tr>
 *   <tr><td></td><td>{@code datasheet}</td><td>Datasheet</td><td>{@code data-card}</td></tr>
 *   <tr><td>Access</td><td>{@code package} (14-parameter version)</td><td>Package</td>
 *       <td>{@code packaged-release}</td></tr>
 *   <tr><td></td><td>{@code api} (14-parameter version)</td><td>API and Meta Prompts</td>
 *       <td>{@code api-access} (its {@code metaprompt} sub-grade is kept in the notes)</td></tr>
 *   <tr><td></td><td>{@code licenses}</td><td>Licenses</td><td>the release fact {@code licenses-grade}</td></tr>
 * </table>
 *
 * <p>"Base model" data and weights go to the kinds Shades descriptions use for a fine-tune's pre-training data
 * ({@code datasets}) and its base's parameters ({@code base-model-parameters}); the end model's to
 * {@code fine-tuning-data} and {@code model-parameters}. The licences parameter judges the licensing of the whole
 * project (weights, code and data together), which no single component is, so its grade is the release fact
 * {@code licenses-grade} (text: {@code open}, {@code partial} or {@code closed}, with the parameter's notes and links
 * as the fact's note and evidence).
 *
 * <p>Also kept: {@code system.name} as the release's name, {@code system.link} as its home page (with
 * {@code system.notes} as release evidence), {@code org.name} as the producer (its link as release evidence),
 * {@code system.type} as the modality, {@code system.releasedate} as the release date ({@code YYYY-MM}, as the index
 * records it, is read as the first day of that month), {@code system.endmodellicense} as the licence of
 * {@code model-parameters}, kept verbatim as written (left unstated when it says {@code unknown}), and the free-form
 * facts {@code base-model-name}, {@code end-model-name} and {@code performance-class}.
 *
 * <p>Diagnostics: a grade other than {@code open}, {@code partial} or {@code closed} (exactly so written; the files
 * use nothing else) is a warning and the grade is left out; a missing parameter or an empty {@code class} is a
 * warning too (the index scores a missing grade 0, and so do the built-in definitions with {@code unknown as 0});
 * unknown keys are warnings; a file without {@code system.name}, or whose blocks are not mappings, is an error.
 */
public final class OsaiIndexReader implements DescriptionReader {
  /** The parameters of the current version, in the index's order (groups Availability, Documentation, Access). */
  static final List<Parameter> CURRENT = List.of(
      Parameter.of("datasources_basemodel", "Base Model Data", ComponentCatalog.DATASETS),
      Parameter.of("datasources_endmodel", "End User Model Data", ComponentCatalog.FINE_TUNING_DATA),
      Parameter.of("weights_basemodel", "Base Model Weights", ComponentCatalog.BASE_MODEL_PARAMETERS),
      Parameter.of("weights_endmodel", "End User Model Weights", ComponentCatalog.MODEL_PARAMETERS),
      Parameter.of("trainingcode", "Training Code", ComponentCatalog.TRAINING_CODE),
      Parameter.of("code", "Code Documentation", ComponentCatalog.CODE_DOCUMENTATION),
      Parameter.of("hardware_architecture", "Hardware Architecture", ComponentCatalog.ARCHITECTURE_DOCUMENTATION),
      Parameter.of("preprint", "Preprint", ComponentCatalog.PREPRINT),
      Parameter.of("paper", "Paper", ComponentCatalog.PEER_REVIEWED_PAPER),
      Parameter.of("modelcard", "Modelcard", ComponentCatalog.MODEL_CARD),
      Parameter.of("datasheet", "Datasheet", ComponentCatalog.DATA_CARD),
      Parameter.licenses("licenses", "Licenses"));

  /** The parameters of the 14-parameter version: the current twelve with package and API in the Access group. */
  static final List<Parameter> V14 = v14();

  private static final Pattern SYSTEM = Pattern.compile("(?m)^system:");
  private static final Pattern ORG = Pattern.compile("(?m)^org:");
  private static final List<String> SYSTEM_KEYS = List.of("name", "link", "type", "performanceclass",
      "basemodelname", "endmodelname", "endmodellicense", "releasedate", "notes");

  /** Creates the reader (it is stateless). */
  public OsaiIndexReader() {}

  @Override
  public String format() {
    return "osai-index";
  }

  @Override
  public String describe() {
    return "European Open Source AI Index model files (top-level system: and org:), 12- and 14-parameter versions";
  }

  @Override
  public boolean recognises(SourceText source) {
    return SYSTEM.matcher(source.text()).find() && ORG.matcher(source.text()).find();
  }

  @Override
  public ReadResult read(SourceText source, ReadContext context) {
    YamlFile yaml = YamlFile.read(source, context.options());
    Optional<Map<String, YamlFile.Field>> top = IndexFiles.top(yaml, "a European Open Source AI Index file");
    if (top.isEmpty()) {
      return ReadResult.failed(Optional.of(format()), yaml.diagnostics());
    }
    Map<String, YamlFile.Field> t = top.get();
    boolean v14 = t.containsKey("package") || t.containsKey("api");
    String format = v14 ? "osai-index-14" : format();
    String version = v14 ? "the 14-parameter version of the index" : "the index";
    List<Parameter> parameters = v14 ? V14 : CURRENT;

    List<String> known = new ArrayList<>(List.of("system", "org"));
    parameters.forEach(p -> known.add(p.key()));
    IndexFiles.warnUnknown(yaml, t, known, "a European Open Source AI Index file");
    Optional<Map<String, YamlFile.Field>> sys =
        IndexFiles.namedBlock(yaml, t, "system", SYSTEM_KEYS, "a European Open Source AI Index file");
    if (sys.isEmpty()) {
      return ReadResult.failed(Optional.of(format), yaml.diagnostics());
    }
    Map<String, YamlFile.Field> s = sys.get();
    List<Evidence> evidence = new ArrayList<>();
    Release.Builder b = IndexFiles.release(yaml, s, evidence);
    IndexFiles.text(yaml, s, "type").ifPresent(type -> {
      Optional<Modality> m = Modality.fromId(type);
      if (m.isPresent()) {
        b.modality(m.get());
      } else {
        yaml.warning("unknown-value", "'" + type + "' is not a modality Shades knows (" + String.join(", ",
            Modality.ids()) + "); the modality is left out", s.get("type").value());
      }
    });
    if (s.containsKey("releasedate")) {
      IndexFiles.date(yaml, s.get("releasedate"), b);
    }
    Map<String, Fact<FactValue>> facts = new LinkedHashMap<>();
    IndexFiles.textFact(yaml, s, "basemodelname", "base-model-name", facts);
    IndexFiles.textFact(yaml, s, "endmodelname", "end-model-name", facts);
    IndexFiles.textFact(yaml, s, "performanceclass", "performance-class", facts);
    IndexFiles.org(yaml, t, b, evidence);

    Map<ComponentKind, LicenseStatement> licences = new LinkedHashMap<>();
    IndexFiles.text(yaml, s, "endmodellicense").filter(l -> !IndexFiles.isUnknown(l))
        .ifPresent(l -> licences.put(ComponentCatalog.MODEL_PARAMETERS, new LicenseStatement.Unrecognised(l)));
    IndexFiles.parameters(yaml, yaml.root().orElseThrow(), t, parameters, version, licences, b, facts);
    return IndexFiles.finish(yaml, format, b, evidence, facts);
  }

  private static List<Parameter> v14() {
    List<Parameter> l = new ArrayList<>(CURRENT.subList(0, CURRENT.size() - 1));
    l.add(Parameter.of("package", "Package", ComponentCatalog.PACKAGED_RELEASE));
    l.add(Parameter.of("api", "API and Meta Prompts", ComponentCatalog.API_ACCESS)
        .withExtraKeys("metaprompt", "metaprompts"));
    l.add(CURRENT.get(CURRENT.size() - 1));
    return List.copyOf(l);
  }
}
