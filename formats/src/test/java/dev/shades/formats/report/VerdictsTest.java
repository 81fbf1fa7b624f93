package dev.shades.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shades.core.definition.Interval;
import dev.shades.core.definition.Verdict;
import dev.shades.core.logic.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cell texts and ranks of every kind of verdict. */
class VerdictsTest {
  static final DefinitionInfo BINARY = info("binary", List.of(), Optional.empty());
  static final DefinitionInfo TIERS = info("tiers", List.of("Usable", "Open", "Reproducible"), Optional.empty());
  static final DefinitionInfo MEAN = info("score", List.of(), Optional.of(1.0));
  static final DefinitionInfo SUM = info("score", List.of(), Optional.of(14.0));
  static final DefinitionInfo CATEGORIES =
      info("category", List.of("closed", "open weights", "open source"), Optional.empty());

  static DefinitionInfo info(String kind, List<String> levels, Optional<Double> max) {
    return new DefinitionInfo("d-" + kind, "D " + kind, "1", Optional.empty(), "sha256:0", kind, levels, max);
  }

  static Verdict tiers(Optional<String> tier, List<String> undetermined) {
    Map<String, Double> progress = new LinkedHashMap<>();
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    boolean reached = tier.isPresent();
    for (String t : TIERS.levels()) {
      outcomes.put(t, reached ? Outcome.SATISFIED : undetermined.contains(t) ? Outcome.UNKNOWN : Outcome.VIOLATED);
      progress.put(t, reached ? 100.0 : 50.0);
      if (tier.isPresent() && tier.get().equals(t)) {
        reached = false;
      }
    }
    return new Verdict.Tiers(tier, undetermined, progress, outcomes);
  }

  static Verdict score(double low, double high) {
    return new Verdict.Score(new Interval(low, high), Map.of(), Map.of());
  }

  @Test
  void binary() {
    assertThat(Verdicts.cellText(BINARY, new Verdict.Binary(Outcome.SATISFIED))).isEqualTo("passed");
    assertThat(Verdicts.cellText(BINARY, new Verdict.Binary(Outcome.VIOLATED))).isEqualTo("failed");
    assertThat(Verdicts.cellText(BINARY, new Verdict.Binary(Outcome.UNKNOWN))).isEqualTo("undetermined");
    assertThat(Verdicts.rank(BINARY, new Verdict.Binary(Outcome.SATISFIED))).isEqualTo(1.0);
    assertThat(Verdicts.rank(BINARY, new Verdict.Binary(Outcome.VIOLATED))).isEqualTo(0.0);
    assertThat(Verdicts.rank(BINARY, new Verdict.Binary(Outcome.UNKNOWN))).isEqualTo(0.5);
  }

  @Test
  void tiers() {
    assertThat(Verdicts.cellText(TIERS, tiers(Optional.of("Open"), List.of()))).isEqualTo("Open");
    assertThat(Verdicts.cellText(TIERS, tiers(Optional.of("Usable"), List.of("Open", "Reproducible"))))
        .isEqualTo("Usable (+2 undetermined)");
    assertThat(Verdicts.cellText(TIERS, tiers(Optional.empty(), List.of()))).isEqualTo("none");
    assertThat(Verdicts.cellText(TIERS, tiers(Optional.empty(), List.of("Usable"))))
        .isEqualTo("none (+1 undetermined)");
    assertThat(Verdicts.rank(TIERS, tiers(Optional.empty(), List.of("Usable")))).isEqualTo(0.0);
    assertThat(Verdicts.rank(TIERS, tiers(Optional.of("Usable"), List.of()))).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(Verdicts.rank(TIERS, tiers(Optional.of("Open"), List.of("Reproducible"))))
        .isCloseTo(2 / 3.0, within(1e-12));
    assertThat(Verdicts.rank(TIERS, tiers(Optional.of("Reproducible"), List.of()))).isEqualTo(1.0);
  }

  @Test
  void scores() {
    assertThat(Verdicts.cellText(MEAN, score(0.58333, 0.58333))).isEqualTo("0.583");
    assertThat(Verdicts.cellText(MEAN, score(0.5, 2 / 3.0))).isEqualTo("0.500\u20130.667");
    assertThat(Verdicts.cellText(MEAN, score(1, 1))).isEqualTo("1.000");
    assertThat(Verdicts.rank(MEAN, score(0.5, 2 / 3.0))).isEqualTo(0.5);
    // A sum: no trailing zeros, and no binary noise (0.1 + 0.2).
    assertThat(Verdicts.cellText(SUM, score(9.5, 9.5))).isEqualTo("9.5");
    assertThat(Verdicts.cellText(SUM, score(14, 14))).isEqualTo("14");
    assertThat(Verdicts.cellText(SUM, score(0, 0))).isEqualTo("0");
    assertThat(Verdicts.cellText(SUM, score(0.1 + 0.2, 0.1 + 0.2))).isEqualTo("0.3");
    assertThat(Verdicts.cellText(SUM, score(3.5, 10))).isEqualTo("3.5\u201310");
    assertThat(Verdicts.rank(SUM, score(7, 7))).isEqualTo(0.5);
    assertThat(Verdicts.rank(SUM, score(-3, 20))).isEqualTo(0.0);
  }

  @Test
  void categories() {
    Verdict openWeights = new Verdict.Category(Optional.of("open weights"), List.of());
    Verdict closedMaybeMore = new Verdict.Category(Optional.of("closed"), List.of("open weights"));
    Verdict undetermined = new Verdict.Category(Optional.empty(), List.of("closed", "open source"));
    Verdict none = new Verdict.Category(Optional.empty(), List.of());
    assertThat(Verdicts.cellText(CATEGORIES, openWeights)).isEqualTo("open weights");
    assertThat(Verdicts.cellText(CATEGORIES, closedMaybeMore)).isEqualTo("closed (+1 undetermined)");
    assertThat(Verdicts.cellText(CATEGORIES, undetermined)).isEqualTo("undetermined");
    assertThat(Verdicts.cellText(CATEGORIES, none)).isEqualTo("none");
    assertThat(Verdicts.rank(CATEGORIES, openWeights)).isEqualTo(0.5);
    assertThat(Verdicts.rank(CATEGORIES, new Verdict.Category(Optional.of("open source"), List.of())))
        .isEqualTo(1.0);
    assertThat(Verdicts.rank(CATEGORIES, closedMaybeMore)).isEqualTo(0.0);
    assertThat(Verdicts.rank(CATEGORIES, undetermined)).isNaN();
    assertThat(Verdicts.rank(CATEGORIES, none)).isEqualTo(0.0);
  }

  @Test
  void bandsSplitTheRankInThirds() {
    assertThat(Verdicts.Band.of(1.0)).isEqualTo(Verdicts.Band.OPEN);
    assertThat(Verdicts.Band.of(2 / 3.0)).isEqualTo(Verdicts.Band.OPEN);
    assertThat(Verdicts.Band.of(0.5)).isEqualTo(Verdicts.Band.PARTLY);
    assertThat(Verdicts.Band.of(1 / 3.0)).isEqualTo(Verdicts.Band.PARTLY);
    assertThat(Verdicts.Band.of(0.2)).isEqualTo(Verdicts.Band.CLOSED);
    assertThat(Verdicts.Band.of(Double.NaN)).isEqualTo(Verdicts.Band.UNKNOWN);
  }
}
