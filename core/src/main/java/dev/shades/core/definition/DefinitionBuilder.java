package dev.shades.core.definition;

import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.model.ComponentCatalog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link Definition} without any policy text. The same checks that the policy compiler makes on structure
 * apply: unique requirement ids, tiers that extend earlier tiers, one verdict shape.
 *
 * <pre>{@code
 * Definition def = Definition.builder("our-bar")
 *     .title("Our bar for open models")
 *     .require(Requirement.of("weights",
 *         Condition.Quantified.one(ComponentCatalog.MODEL_PARAMETERS, new ComponentTest.All(List.of(
 *             new ComponentTest.AvailabilityIn(ComponentTest.RELEASED, "released"),
 *             new ComponentTest.License(new LicenseTest.OsdConformant()))))))
 *     .build();
 * }</pre>
 */
public final class DefinitionBuilder {
  private final String id;
  private String title;
  private String version = "";
  private Optional<String> source = Optional.empty();
  private final List<Requirement> requirements = new ArrayList<>();
  private final List<Tier> tiers = new ArrayList<>();
  private Shape.Progress progress = Shape.Progress.CUMULATIVE;
  private Shape.Total total = Shape.Total.MEAN;
  private final List<Dimension> dimensions = new ArrayList<>();
  private final List<Category> categories = new ArrayList<>();
  private final List<WarningRule> warnings = new ArrayList<>();
  private UnknownPolicy unknownPolicy = UnknownPolicy.KEEP;
  private Optional<String> sourceHash = Optional.empty();
  private LicenseKnowledge knowledge = LicenseKnowledge.standard();
  private ComponentCatalog catalog = ComponentCatalog.standard();

  DefinitionBuilder(String id) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = id;
  }

  /** Sets the title. */
  public DefinitionBuilder title(String value) {
    title = Objects.requireNonNull(value);
    return this;
  }

  /** Sets the version. */
  public DefinitionBuilder version(String value) {
    version = Objects.requireNonNull(value);
    return this;
  }

  /** Sets the source. */
  public DefinitionBuilder source(String value) {
    source = Optional.of(value);
    return this;
  }

  /** Adds a requirement (makes the definition yes/no). */
  public DefinitionBuilder require(Requirement requirement) {
    requirements.add(requirement);
    return this;
  }

  /** Adds a tier, above those added before (makes the definition tiered). */
  public DefinitionBuilder tier(Tier tier) {
    tiers.add(tier);
    return this;
  }

  /** Sets how progress toward a tier is counted. */
  public DefinitionBuilder progress(Shape.Progress value) {
    progress = Objects.requireNonNull(value);
    return this;
  }

  /** Sets how a score totals its dimensions (a weighted mean unless set). */
  public DefinitionBuilder total(Shape.Total value) {
    total = Objects.requireNonNull(value);
    return this;
  }

  /** Adds a score dimension (makes the definition a score). */
  public DefinitionBuilder dimension(Dimension dimension) {
    dimensions.add(dimension);
    return this;
  }

  /** Adds a category, more open than those added before (makes the definition a spectrum). */
  public DefinitionBuilder category(Category category) {
    categories.add(category);
    return this;
  }

  /** Adds a definition-wide warning. */
  public DefinitionBuilder warn(WarningRule warning) {
    warnings.add(warning);
    return this;
  }

  /** Sets how unknown facts are treated. */
  public DefinitionBuilder unknownPolicy(UnknownPolicy value) {
    unknownPolicy = Objects.requireNonNull(value);
    return this;
  }

  /** Sets the hash of the policy text the definition was compiled from (the compiler sets it). */
  public DefinitionBuilder sourceHash(String value) {
    sourceHash = Optional.of(value);
    return this;
  }

  /** Sets the licence knowledge. */
  public DefinitionBuilder knowledge(LicenseKnowledge value) {
    knowledge = Objects.requireNonNull(value);
    return this;
  }

  /** Sets the component catalogue. */
  public DefinitionBuilder catalog(ComponentCatalog value) {
    catalog = Objects.requireNonNull(value);
    return this;
  }

  /**
   * The definition.
   *
   * @throws IllegalStateException when it mixes verdict shapes, has none, repeats a requirement id or a tier name,
   *     or a tier extends a tier that is not below it
   */
  public Definition build() {
    int shapes = (requirements.isEmpty() ? 0 : 1) + (tiers.isEmpty() ? 0 : 1) + (dimensions.isEmpty() ? 0 : 1)
        + (categories.isEmpty() ? 0 : 1);
    if (shapes != 1) {
      throw new IllegalStateException("definition '" + id + "' must have exactly one verdict shape: requirements,"
          + " tiers, score dimensions or categories");
    }
    Set<String> ids = new LinkedHashSet<>();
    List<Requirement> all = new ArrayList<>(requirements);
    tiers.forEach(t -> all.addAll(t.requirements()));
    for (Requirement r : all) {
      if (!ids.add(r.id())) {
        throw new IllegalStateException("requirement id '" + r.id() + "' is used twice");
      }
    }
    Set<String> below = new LinkedHashSet<>();
    for (Tier t : tiers) {
      if (t.extendsTier().isPresent() && !below.contains(t.extendsTier().get())) {
        throw new IllegalStateException("tier '" + t.name() + "' extends '" + t.extendsTier().get()
            + "', which is not a tier below it");
      }
      if (!below.add(t.name())) {
        throw new IllegalStateException("tier name '" + t.name() + "' is used twice");
      }
    }
    Shape shape = !requirements.isEmpty() ? new Shape.Binary(requirements)
        : !tiers.isEmpty() ? new Shape.Tiers(tiers, progress)
        : !dimensions.isEmpty() ? new Shape.Score(dimensions, total)
        : new Shape.Categories(categories);
    String hash = sourceHash.orElseGet(() -> "java:" + sha256(id + "|" + version + "|" + shape + "|" + warnings
        + "|" + unknownPolicy).substring(0, 16));
    return new Definition(id, title, version, source, shape, warnings, unknownPolicy, hash, knowledge, catalog);
  }

  /** The SHA-256 of a text, in hex. */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
