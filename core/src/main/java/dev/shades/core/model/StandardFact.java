package dev.shades.core.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The release facts definitions need, with the type each must have. Other keys are free-form facts.
 */
public enum StandardFact {
  /** How the public can reach the model: a list of {@link AccessChannel} ids. */
  ACCESS_CHANNELS("access-channels", "list"),
  /** Whether the model was released in stages (e.g. API first, weights later). */
  STAGED_RELEASE("staged-release", "boolean"),
  /** Whether the model is a general-purpose model (EU AI Act Art. 3(63)). */
  GENERAL_PURPOSE("general-purpose", "boolean"),
  /** Training compute in floating-point operations. */
  TRAINING_COMPUTE_FLOP("training-compute-flop", "number"),
  /** Whether the model is designated a general-purpose model with systemic risk. */
  SYSTEMIC_RISK("systemic-risk", "boolean"),
  /** Whether the model is monetised (a price, paid support tied to it, personal data as payment); say why in the note. */
  MONETIZED("monetized", "boolean");

  private final String key;
  private final String type;

  StandardFact(String key, String type) {
    this.key = key;
    this.type = type;
  }

  /** The key used in descriptions. */
  public String key() {
    return key;
  }

  /** The value type the fact must have: {@code boolean}, {@code number} or {@code list}. */
  public String type() {
    return type;
  }

  /** The standard fact with this key, if any. */
  public static Optional<StandardFact> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
