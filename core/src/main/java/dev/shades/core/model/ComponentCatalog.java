package dev.shades.core.model;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The component kinds a description may use. The {@linkplain #standard() standard catalogue} holds the 17
 * components of the Model Openness Framework and the kinds other definitions need; policies may add more with
 * {@link #with(ComponentKind)}.
 */
public final class ComponentCatalog {
  // MOF components (ids and content types follow the Model Openness Tool's component table).
  /** Well-commented source code of the model's architecture (MOF). */
  public static final ComponentKind MODEL_ARCHITECTURE =
      kind("model-architecture", "Model architecture", ContentType.CODE,
          "Well-commented source code of the model's architecture");
  /** The final trained parameters (MOF). */
  public static final ComponentKind MODEL_PARAMETERS =
      kind("model-parameters", "Model parameters (final)", ContentType.DATA,
          "Final trained parameters: weights and biases");
  /** Intermediate checkpoints (MOF). */
  public static final ComponentKind MODEL_PARAMETERS_INTERMEDIATE =
      kind("model-parameters-intermediate", "Model parameters (intermediate)", ContentType.DATA,
          "Intermediate checkpoints of the parameters saved during training");
  /** Training, validation and testing datasets (MOF). */
  public static final ComponentKind DATASETS =
      kind("datasets", "Datasets", ContentType.DATA, "Training, validation and testing datasets used for the model");
  /** Data preprocessing code (MOF). */
  public static final ComponentKind DATA_PREPROCESSING_CODE =
      kind("data-preprocessing-code", "Data preprocessing code", ContentType.CODE,
          "Code for data cleansing, normalisation and augmentation");
  /** Training code (MOF). */
  public static final ComponentKind TRAINING_CODE =
      kind("training-code", "Training code", ContentType.CODE, "Code used to train the model, with its settings");
  /** Inference code (MOF). */
  public static final ComponentKind INFERENCE_CODE =
      kind("inference-code", "Inference code", ContentType.CODE, "Code used to run the model and produce outputs");
  /** Evaluation code (MOF). */
  public static final ComponentKind EVALUATION_CODE =
      kind("evaluation-code", "Evaluation code", ContentType.CODE, "Code used to evaluate the model");
  /** Evaluation data (MOF). */
  public static final ComponentKind EVALUATION_DATA =
      kind("evaluation-data", "Evaluation data", ContentType.DATA, "Data used to evaluate the model");
  /** Supporting libraries and tools (MOF). */
  public static final ComponentKind SUPPORTING_LIBRARIES =
      kind("supporting-libraries", "Supporting libraries and tools", ContentType.CODE,
          "Supporting libraries and tools (tokenizers, hyperparameter search, ...)");
  /** Model metadata (MOF). */
  public static final ComponentKind MODEL_METADATA =
      kind("model-metadata", "Model metadata", ContentType.DATA,
          "Model metadata: training configuration, optimizer states");
  /** Model card (MOF). */
  public static final ComponentKind MODEL_CARD =
      kind("model-card", "Model card", ContentType.DOCUMENT,
          "Model card: intended use, limitations, training summary");
  /** Data card (MOF). */
  public static final ComponentKind DATA_CARD =
      kind("data-card", "Data card", ContentType.DOCUMENT,
          "Data card: how the training data was collected and what it holds");
  /** Technical report (MOF). */
  public static final ComponentKind TECHNICAL_REPORT =
      kind("technical-report", "Technical report", ContentType.DOCUMENT, "Technical report on the model");
  /** Research paper (MOF). */
  public static final ComponentKind RESEARCH_PAPER =
      kind("research-paper", "Research paper", ContentType.DOCUMENT,
          "Research paper on the model (preprint or peer-reviewed)");
  /** Evaluation results (MOF). */
  public static final ComponentKind EVALUATION_RESULTS =
      kind("evaluation-results", "Evaluation results", ContentType.DOCUMENT, "Results of evaluating the model");
  /** Sample model outputs (MOF). */
  public static final ComponentKind SAMPLE_MODEL_OUTPUTS =
      kind("sample-model-outputs", "Sample model outputs", ContentType.DOCUMENT, "Sample outputs of the model");

  // Kinds other definitions need.
  /** The OSAID's "data information": detailed information about all training data. */
  public static final ComponentKind TRAINING_DATA_INFORMATION =
      kind("training-data-information", "Training data information", ContentType.DOCUMENT,
          "Detailed information about all training data (the OSAID's \"data information\")");
  /** Fine-tuning or instruction data. */
  public static final ComponentKind FINE_TUNING_DATA =
      kind("fine-tuning-data", "Fine-tuning data", ContentType.DATA,
          "Instruction, preference or other fine-tuning data");
  /** The parameters of the base model. */
  public static final ComponentKind BASE_MODEL_PARAMETERS =
      kind("base-model-parameters", "Base model parameters", ContentType.DATA,
          "Parameters of the base model this release was derived from");
  /** Documentation of the source code. */
  public static final ComponentKind CODE_DOCUMENTATION =
      kind("code-documentation", "Code documentation", ContentType.DOCUMENT, "Documentation of the source code");
  /** Documentation of the model and hardware architecture. */
  public static final ComponentKind ARCHITECTURE_DOCUMENTATION =
      kind("architecture-documentation", "Architecture documentation", ContentType.DOCUMENT,
          "Documentation of the model and hardware architecture");
  /** A preprint (not peer-reviewed). */
  public static final ComponentKind PREPRINT =
      kind("preprint", "Preprint", ContentType.DOCUMENT, "A preprint describing the model (not peer-reviewed)");
  /** A peer-reviewed paper. */
  public static final ComponentKind PEER_REVIEWED_PAPER =
      kind("peer-reviewed-paper", "Peer-reviewed paper", ContentType.DOCUMENT,
          "A peer-reviewed paper describing the model");
  /** Access through a public API. */
  public static final ComponentKind API_ACCESS =
      kind("api-access", "API access", ContentType.CODE, "Access to the model through a public API");
  /** A packaged release. */
  public static final ComponentKind PACKAGED_RELEASE =
      kind("packaged-release", "Packaged release", ContentType.CODE,
          "The model packaged for installation (pip, container, ...)");

  private static final ComponentCatalog STANDARD =
      new ComponentCatalog(
          index(
              MODEL_ARCHITECTURE, MODEL_PARAMETERS, MODEL_PARAMETERS_INTERMEDIATE, DATASETS,
              DATA_PREPROCESSING_CODE, TRAINING_CODE, INFERENCE_CODE, EVALUATION_CODE, EVALUATION_DATA,
              SUPPORTING_LIBRARIES, MODEL_METADATA, MODEL_CARD, DATA_CARD, TECHNICAL_REPORT, RESEARCH_PAPER,
              EVALUATION_RESULTS, SAMPLE_MODEL_OUTPUTS, TRAINING_DATA_INFORMATION, FINE_TUNING_DATA,
              BASE_MODEL_PARAMETERS, CODE_DOCUMENTATION, ARCHITECTURE_DOCUMENTATION, PREPRINT,
              PEER_REVIEWED_PAPER, API_ACCESS, PACKAGED_RELEASE));

  private final ImmutableMap<String, ComponentKind> kinds;

  private ComponentCatalog(ImmutableMap<String, ComponentKind> kinds) {
    this.kinds = kinds;
  }

  /** The standard catalogue: the 17 MOF components and 9 more that other definitions need. */
  public static ComponentCatalog standard() {
    return STANDARD;
  }

  /** The kind with this id, if the catalogue has it. */
  public Optional<ComponentKind> find(String id) {
    return Optional.ofNullable(kinds.get(id));
  }

  /** Every kind, in catalogue order. */
  public Collection<ComponentKind> kinds() {
    return kinds.values();
  }

  /** Names people often use for a component kind, for hints that edit distance cannot find. */
  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("weights", "model-parameters"),
      Map.entry("model-weights", "model-parameters"),
      Map.entry("parameters", "model-parameters"),
      Map.entry("checkpoints", "model-parameters-intermediate"),
      Map.entry("intermediate-checkpoints", "model-parameters-intermediate"),
      Map.entry("training-data", "datasets"),
      Map.entry("data", "datasets"),
      Map.entry("paper", "research-paper"),
      Map.entry("data-information", "training-data-information"),
      Map.entry("architecture", "model-architecture"),
      Map.entry("code", "training-code"),
      Map.entry("api", "api-access"),
      Map.entry("tokenizer", "supporting-libraries"));

  /**
   * The "did you mean" hint for an unknown kind id: a known synonym ({@code weights} → {@code model-parameters}),
   * else the closest id by spelling, as a message suffix; empty when nothing is close.
   */
  public String didYouMean(String wrong) {
    String synonym = SYNONYMS.get(wrong);
    if (synonym != null && kinds.containsKey(synonym)) {
      return "; did you mean '" + synonym + "'?";
    }
    return dev.shades.core.diagnostic.Suggestions.didYouMean(wrong, kinds.keySet());
  }

  /** Every id, in catalogue order. */
  public Collection<String> ids() {
    return kinds.keySet();
  }

  /**
   * A catalogue with one more kind.
   *
   * @throws IllegalArgumentException if a different kind with the same id is already present
   */
  public ComponentCatalog with(ComponentKind kind) {
    ComponentKind existing = kinds.get(kind.id());
    if (existing != null) {
      if (existing.equals(kind)) {
        return this;
      }
      throw new IllegalArgumentException("component kind '" + kind.id() + "' is already in the catalogue");
    }
    Map<String, ComponentKind> more = new LinkedHashMap<>(kinds);
    more.put(kind.id(), kind);
    return new ComponentCatalog(ImmutableMap.copyOf(more));
  }

  private static ComponentKind kind(String id, String name, ContentType type, String description) {
    return new ComponentKind(id, name, type, description);
  }

  private static ImmutableMap<String, ComponentKind> index(ComponentKind... kinds) {
    ImmutableMap.Builder<String, ComponentKind> builder = ImmutableMap.builder();
    for (ComponentKind kind : kinds) {
      builder.put(kind.id(), kind);
    }
    return builder.buildOrThrow();
  }
}
