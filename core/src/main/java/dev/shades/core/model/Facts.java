package dev.shades.core.model;

import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts stated about a release, by key. A key that is absent is unknown. The standard facts
 * ({@link StandardFact}) have typed accessors; any other key is a free-form fact.
 *
 * @param values the facts by key, in the order given
 */
public record Facts(Map<String, Fact<FactValue>> values) {
  private static final Facts NONE = new Facts(Map.of());

  /** Copies the facts, keeping their order. */
  public Facts {
    values = ImmutableMap.copyOf(values);
  }

  /** No facts at all. */
  public static Facts none() {
    return NONE;
  }

  /** The fact with this key, if stated. */
  public Optional<Fact<FactValue>> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** A boolean fact, if stated (and boolean). */
  public Optional<Boolean> bool(String key) {
    return get(key).map(Fact::value).filter(FactValue.Bool.class::isInstance)
        .map(v -> ((FactValue.Bool) v).value());
  }

  /** A numeric fact, if stated (and numeric). */
  public Optional<Double> number(String key) {
    return get(key).map(Fact::value).filter(FactValue.Number.class::isInstance)
        .map(v -> ((FactValue.Number) v).value());
  }

  /** The access channels, if stated. */
  public Optional<Set<AccessChannel>> accessChannels() {
    return get(StandardFact.ACCESS_CHANNELS.key()).map(Fact::value)
        .filter(FactValue.TextList.class::isInstance)
        .map(v -> {
          Set<AccessChannel> channels = EnumSet.noneOf(AccessChannel.class);
          for (String id : ((FactValue.TextList) v).values()) {
            AccessChannel.fromId(id).ifPresent(channels::add);
          }
          return Set.copyOf(channels);
        });
  }

  /** Whether the release was staged, if stated. */
  public Optional<Boolean> stagedRelease() {
    return bool(StandardFact.STAGED_RELEASE.key());
  }

  /** Whether the model is general-purpose, if stated. */
  public Optional<Boolean> generalPurpose() {
    return bool(StandardFact.GENERAL_PURPOSE.key());
  }

  /** Training compute in FLOP, if stated. */
  public Optional<Double> trainingComputeFlop() {
    return number(StandardFact.TRAINING_COMPUTE_FLOP.key());
  }

  /** Whether the model is designated as having systemic risk, if stated. */
  public Optional<Boolean> systemicRisk() {
    return bool(StandardFact.SYSTEMIC_RISK.key());
  }

  /** Whether the model is monetised, if stated. */
  public Optional<Boolean> monetized() {
    return bool(StandardFact.MONETIZED.key());
  }
}
