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
