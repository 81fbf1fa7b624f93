package dev.shades.formats.osai;

import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.Evidence;
import dev.shades.core.model.Fact;
import dev.shades.core.model.FactValue;
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
 * Reads a project file of "Opening up ChatGPT" (opening-up-chatgpt.github.io, 2023–24, the predecessor of the
 * European Open Source AI Index): 14 dimensions graded {@code open}, {@code partial} or {@code closed}.
 *
 * <p>Recognised by its signature: top-level {@code project:} and {@code org:} keys together with at least one of
 * the dimensions only this version has ({@code opencode}, {@code llmdata}, {@code llmweights}, {@code rldata},
 * {@code rlweights}) at the top level. (The index's later files have {@code system:} instead of {@code project:}.)
 *
 * <p>Each dimension becomes a component carrying the declared grade, with availability and licence unknown (a grade
 * says neither), the dimension's {@code link}s as evidence and its {@code notes} as notes — the same mapping as
 * {@link OsaiIndexReader}'s:
 *
 * <table>
 *   <caption>Dimensions and the component kinds that carry their grades</caption>
 *   <tr><th>group</th><th>key</th><th>what it grades</th><th>carried by</th></tr>
 *   <tr><td>Availability</td><td>{@code opencode}</td><td>source code (data curation, training, tuning)</td>
 *       <td>{@code training-code}</td></tr>
 *   <tr><td></td><td>{@code llmdata}</td><td>base LLM data</td><td>{@code datasets}</td></tr>
 *   <tr><td></td><td>{@code llmweights}</td><td>base LLM weights</td><td>{@code base-model-parameters}</td></tr>
 *   <tr><td></td><td>{@code rldata}</td><td>RL / instruction-tuning data</td><td>{@code fine-tuning-data}</td></tr>
 *   <tr><td></td><td>{@code rlweights}</td><td>weights of the tuned model</td><td>{@code model-parameters}</td></tr>
 *   <tr><td></td><td>{@code license}</td><td>licensing (OSI-approved)</td>
 *       <td>the release fact {@code licenses-grade}</td></tr>
 *   <tr><td>Documentation</td><td>{@code code}</td><td>code documentation</td><td>{@code code-documentation}</td></tr>
 *   <tr><td></td><td>{@code architecture}</td><td>architecture</td><td>{@code architecture-documentation}</td></tr>
 *   <tr><td></td><td>{@code preprint}</td><td>preprint</td><td>{@code preprint}</td></tr>
 *   <tr><td></td><td>{@code paper}</td><td>peer-reviewed paper</td><td>{@code peer-reviewed-paper}</td></tr>
 *   <tr><td></td><td>{@code modelcard}</td><td>model card</td><td>{@code model-card}</td></tr>
 *   <tr><td></td><td>{@code datasheet}</td><td>datasheet</td><td>{@code data-card}</td></tr>
 *   <tr><td>Access</td><td>{@code package}</td><td>package</td><td>{@code packaged-release}</td></tr>
 *   <tr><td></td><td>{@code api}</td><td>API</td><td>{@code api-access}</td></tr>
 * </table>
 *
 * <p>Also kept: {@code project.name} as the release's name, {@code project.link} as its home page (with
 * {@code project.notes} as release evidence), {@code org.name} as the producer, and the free-form facts
 * {@code base-model-name} ({@code project.llmbase}), {@code fine-tuning-data-name} ({@code project.rlbase}) and
 * {@code project-license} ({@code project.license}, text as written: the files do not say which part it covers, so
 * it is not put on a component). The files carry no date.
 *
 * <p>Diagnostics are those of {@link OsaiIndexReader}: an unknown grade, a missing dimension or an empty
 * {@code class} is a warning (the grade is missing; the project's sum counts it 0); unknown keys are warnings; a file
 * without {@code project.name} is an error.
 */
public final class OpeningUpChatGptReader implements DescriptionReader {
  /** The 14 dimensions, in the project's order. */
  static final List<Parameter> DIMENSIONS = List.of(
      Parameter.of("opencode", "Open code", ComponentCatalog.TRAINING_CODE),
      Parameter.of("llmdata", "LLM data", ComponentCatalog.DATASETS),
      Parameter.of("llmweights", "LLM weights", ComponentCatalog.BASE_MODEL_PARAMETERS),
      Parameter.of("rldata", "RL data", ComponentCatalog.FINE_TUNING_DATA),
      Parameter.of("rlweights", "RL weights", ComponentCatalog.MODEL_PARAMETERS),
      Parameter.licenses("license", "License"),
      Parameter.of("code", "Code", ComponentCatalog.CODE_DOCUMENTATION),
      Parameter.of("architecture", "Architecture", ComponentCatalog.ARCHITECTURE_DOCUMENTATION),
      Parameter.of("preprint", "Preprint", ComponentCatalog.PREPRINT),
      Parameter.of("paper", "Paper", ComponentCatalog.PEER_REVIEWED_PAPER),
      Parameter.of("modelcard", "Modelcard", ComponentCatalog.MODEL_CARD),
      Parameter.of("datasheet", "Datasheet", ComponentCatalog.DATA_CARD),
      Parameter.of("package", "Package", ComponentCatalog.PACKAGED_RELEASE),
      Parameter.of("api", "API", ComponentCatalog.API_ACCESS));

  private static final Pattern PROJECT = Pattern.compile("(?m)^project:");
  private static final Pattern ORG = Pattern.compile("(?m)^org:");
  private static final Pattern OWN_DIMENSION = Pattern.compile("(?m)^(opencode|llmdata|llmweights|rldata|rlweights):");
  private static final List<String> PROJECT_KEYS = List.of("name", "link", "notes", "llmbase", "rlbase", "license");

  /** Creates the reader (it is stateless). */
  public OpeningUpChatGptReader() {}

  @Override
  public String format() {
    return "opening-up-chatgpt";
  }

  @Override
  public String describe() {
    return "Opening up ChatGPT project files, 2023-24 (top-level project:, org: and dimensions such as llmweights:)";
  }

  @Override
  public boolean recognises(SourceText source) {
    String text = source.text();
    return PROJECT.matcher(text).find() && ORG.matcher(text).find() && OWN_DIMENSION.matcher(text).find();
  }

  @Override
  public ReadResult read(SourceText source, ReadContext context) {
    YamlFile yaml = YamlFile.read(source, context.options());
    Optional<Map<String, YamlFile.Field>> top = IndexFiles.top(yaml, "an Opening up ChatGPT project file");
    if (top.isEmpty()) {
      return ReadResult.failed(Optional.of(format()), yaml.diagnostics());
    }
    Map<String, YamlFile.Field> t = top.get();
    List<String> known = new ArrayList<>(List.of("project", "org"));
    DIMENSIONS.forEach(p -> known.add(p.key()));
    IndexFiles.warnUnknown(yaml, t, known, "an Opening up ChatGPT project file");
    Optional<Map<String, YamlFile.Field>> proj =
        IndexFiles.namedBlock(yaml, t, "project", PROJECT_KEYS, "an Opening up ChatGPT project file");
    if (proj.isEmpty()) {
      return ReadResult.failed(Optional.of(format()), yaml.diagnostics());
    }
    Map<String, YamlFile.Field> p = proj.get();
    List<Evidence> evidence = new ArrayList<>();
    Release.Builder b = IndexFiles.release(yaml, p, evidence);
    Map<String, Fact<FactValue>> facts = new LinkedHashMap<>();
    IndexFiles.textFact(yaml, p, "llmbase", "base-model-name", facts);
    IndexFiles.textFact(yaml, p, "rlbase", "fine-tuning-data-name", facts);
    IndexFiles.textFact(yaml, p, "license", "project-license", facts);
    IndexFiles.org(yaml, t, b, evidence);

    IndexFiles.parameters(yaml, yaml.root().orElseThrow(), t, DIMENSIONS, "Opening up ChatGPT", Map.of(), b, facts);
    return IndexFiles.finish(yaml, format(), b, evidence, facts);
  }
}
