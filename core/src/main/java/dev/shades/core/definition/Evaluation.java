package dev.shades.core.definition;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of evaluating a definition on a release: the verdict, every requirement's result with the facts it
 * used, the warnings, and what an auditor needs to reproduce it.
 *
 * @param definitionId the definition's id
 * @param definitionVersion the definition's version
 * @param sourceHash the hash of the definition's policy text
 * @param release the release's name
 * @param verdict the verdict
 * @param requirements every requirement's result, in the definition's order
 * @param warnings the warnings given
 * @param audit versions and date
 */
public record Evaluation(
    String definitionId,
    String definitionVersion,
    String sourceHash,
    String release,
    Verdict verdict,
    List<RequirementResult> requirements,
    List<WarningResult> warnings,
    Audit audit) {

  /** Validates and copies. */
  public Evaluation {
    Objects.requireNonNull(definitionId, "definitionId");
    Objects.requireNonNull(definitionVersion, "definitionVersion");
    Objects.requireNonNull(sourceHash, "sourceHash");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(verdict, "verdict");
    requirements = List.copyOf(requirements);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(audit, "audit");
  }

  /**
   * The unknown facts that keep the verdict open, each with the requirements whose outcome it would decide: the
   * facts behind every applicable requirement (or score dimension, or category) that came out unknown. Empty when
   * the verdict is fully determined.
   */
  public java.util.List<DecidingUnknown> decidingUnknowns() {
    java.util.Map<String, DecidingUnknown> out = new java.util.LinkedHashMap<>();
    for (RequirementResult r : requirements) {
      if (!r.applies() || r.outcome() != dev.shades.core.logic.Outcome.UNKNOWN) {
        continue;
      }
      for (FactUse f : r.unknownFacts()) {
        String key = f.subject() + "\u0000" + f.aspect();
        DecidingUnknown d = out.get(key);
        java.util.List<String> ids = new java.util.ArrayList<>(d == null ? java.util.List.of() : d.requirements());
        if (!ids.contains(r.id())) {
          ids.add(r.id());
        }
        out.put(key, new DecidingUnknown(f.subject(), f.aspect(), ids));
      }
    }
    return java.util.List.copyOf(out.values());
  }

  /**
   * An unknown fact that keeps a verdict open.
   *
   * @param subject the component kind id, {@code fact <key>} or {@code base}
   * @param aspect which fact of it ({@code availability}, {@code license}, ...)
   * @param requirements the requirements whose outcome stating it would decide
   */
  public record DecidingUnknown(String subject, String aspect, java.util.List<String> requirements) {
    /** Copies the requirement ids. */
    public DecidingUnknown {
      java.util.Objects.requireNonNull(subject, "subject");
      java.util.Objects.requireNonNull(aspect, "aspect");
      requirements = java.util.List.copyOf(requirements);
    }

    /** A sentence: {@code training-code availability is unknown; stating it decides code, weights}. */
    public String describe() {
      return subject + " " + aspect + " is unknown; stating it decides " + String.join(", ", requirements);
    }
  }

  /** The result of the requirement with this id. */
  public java.util.Optional<RequirementResult> requirement(String id) {
    return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * What an auditor needs to reproduce an evaluation.
   *
   * @param formVersion the version of the JSON form of evaluations
   * @param shadesVersion the version of Shades that evaluated
   * @param spdxListVersion the version of the SPDX License List used
   * @param evaluatedAt when the evaluation was made
   */
  public record Audit(int formVersion, String shadesVersion, String spdxListVersion, Instant evaluatedAt) {
    /** The current version of the JSON form. */
    public static final int FORM_VERSION = 1;

    /** Validates the record. */
    public Audit {
      Objects.requireNonNull(shadesVersion, "shadesVersion");
      Objects.requireNonNull(spdxListVersion, "spdxListVersion");
      Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    }
  }
}
