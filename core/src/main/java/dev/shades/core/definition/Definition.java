package dev.shades.core.definition;

import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.model.ComponentCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A compiled definition of openness: immutable and thread-safe. Compile once; evaluate any number of releases with
 * {@link Evaluator}.
 *
 * @param id the id users select it by, such as {@code osaid-1.0}
 * @param title its human-readable title
 * @param version the version of the definition it encodes
 * @param source where the definition is published, and any note on how it was encoded
 * @param shape the shape of its verdict and the rules behind it
 * @param warnings warnings that apply whatever the verdict
 * @param unknownPolicy how it treats facts a description does not state
 * @param sourceHash a hash of the policy text it was compiled from ({@code java:} plus a hash of the structure for
 *     definitions built in Java), so that a verdict can be traced to the exact rules
 * @param knowledge the licence knowledge it uses (the standard one, plus licences its policy declares)
 * @param catalog the component kinds it knows (the standard ones, plus those its policy declares)
 */
public record Definition(
    String id,
    String title,
    String version,
    Optional<String> source,
    Shape shape,
    List<WarningRule> warnings,
    UnknownPolicy unknownPolicy,
    String sourceHash,
    LicenseKnowledge knowledge,
    ComponentCatalog catalog) {

  /** Validates the definition. */
  public Definition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(shape, "shape");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(unknownPolicy, "unknownPolicy");
    Objects.requireNonNull(sourceHash, "sourceHash");
    Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(catalog, "catalog");
  }

  /** Every requirement, in order (for tiers: lowest tier first). */
  public List<Requirement> requirements() {
    List<Requirement> out = new ArrayList<>();
    if (shape instanceof Shape.Binary b) {
      out.addAll(b.requirements());
    } else if (shape instanceof Shape.Tiers t) {
      t.tiers().forEach(tier -> out.addAll(tier.requirements()));
    }
    return out;
  }

  /** A builder for a definition with this id, for embedders who build definitions in Java. */
  public static DefinitionBuilder builder(String id) {
    return new DefinitionBuilder(id);
  }
}
