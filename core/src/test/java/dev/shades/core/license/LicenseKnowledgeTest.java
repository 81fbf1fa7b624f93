package dev.shades.core.license;

import static dev.shades.core.logic.Outcome.SATISFIED;
import static dev.shades.core.logic.Outcome.UNKNOWN;
import static dev.shades.core.logic.Outcome.VIOLATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shades.core.logic.Outcome;
import dev.shades.core.model.ContentType;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseKnowledgeTest {
  private static final LicenseKnowledge KB = LicenseKnowledge.standard();
  private static final String LLAMA2 = "LicenseRef-scancode-llama-2-license-2023";
  private static final String LLAMA3 = "LicenseRef-scancode-llama-3-license-2024";
  private static final String LLAMA31 = "LicenseRef-scancode-llama-3.1-license-2024";
  private static final String LLAMA32 = "LicenseRef-scancode-llama-3.2-license-2024";
  private static final String GEMMA = "LicenseRef-scancode-gemma-tou-2024-04-01";
  private static final String QWEN = "LicenseRef-scancode-qwen-2024";

  private static LicenseExpression e(String text) {
    return ExpressionParser.parse(text).expression().orElseThrow();
  }

  private static LicenseTraits traits(String id) {
    return KB.traits(e(id)).orElseThrow(() -> new AssertionError("no traits for " + id));
  }

  @Test
  void holdsTheSpdxList() {
    assertThat(KB.spdxListVersion()).isEqualTo("3.28.0");
    assertThat(KB.licenses().stream().filter(l -> l.source() == LicenseSource.SPDX)).hasSize(727);
    assertThat(KB.licenses().stream().filter(LicenseInfo::osiApproved)).hasSize(149);
    assertThat(KB.exceptionIds()).hasSize(84);
    LicenseInfo mit = KB.find("MIT").orElseThrow();
    assertThat(mit.name()).isEqualTo("MIT License");
    assertThat(mit.osiApproved()).isTrue();
    assertThat(mit.fsfLibre()).contains(true);
    assertThat(KB.find("GPL-2.0").orElseThrow().deprecated()).isTrue();
  }

  @Test
  void anAbsentFsfFlagMeansNotAssessed() {
    // 0BSD is OSI-approved but the FSF has not assessed it: not the same as "not free".
    assertThat(KB.find("0BSD").orElseThrow().fsfLibre()).isEmpty();
    assertThat(KB.fsfLibre(e("0BSD"))).isEqualTo(UNKNOWN);
  }

  @Test
  void llamaLicencesDifferWhereTheTextsDiffer() {
    assertThat(traits(LLAMA2).has(Trait.NO_IMPROVING_OTHER_MODELS)).isTrue();
    assertThat(traits(LLAMA3).has(Trait.NO_IMPROVING_OTHER_MODELS)).isTrue();
    assertThat(traits(LLAMA31).has(Trait.NO_IMPROVING_OTHER_MODELS)).as("3.1 dropped the clause").isFalse();
    for (String llama : List.of(LLAMA2, LLAMA3, LLAMA31, LLAMA32)) {
      assertThat(traits(llama).userThreshold()).as(llama).isEqualTo(OptionalLong.of(700_000_000L));
      assertThat(traits(llama).has(Trait.USAGE_RESTRICTIONS)).as(llama).isTrue();
    }
    assertThat(traits(LLAMA32).excludedJurisdictions()).contains("EU");
  }

  @Test
  void vendorLicencesCarryTheirRestrictions() {
    assertThat(traits(QWEN).userThreshold()).isEqualTo(OptionalLong.of(100_000_000L));
    assertThat(traits(GEMMA).has(Trait.REMOTE_RESTRICTION)).isTrue();
    assertThat(traits(GEMMA).has(Trait.FLOW_DOWN)).isTrue();
    assertThat(traits("LicenseRef-scancode-bigscience-rail-1.0").has(Trait.USAGE_RESTRICTIONS)).isTrue();
    assertThat(traits("LicenseRef-scancode-bigcode-open-rail-m-v1").has(Trait.FLOW_DOWN)).isTrue();
    assertThat(KB.find("LicenseRef-scancode-deepseek-la-1.0")).isPresent();
    assertThat(traits("OpenMDW-1.0").suitedFor()).containsExactlyInAnyOrder(ContentType.values());
  }

  @ParameterizedTest(name = "{0}: OSD-conformant {1}")
  @CsvSource({
      "MIT, SATISFIED",
      "Apache-2.0, SATISFIED",
      "CC-BY-4.0, SATISFIED",
      "CC0-1.0, SATISFIED",
      "ODC-By-1.0, SATISFIED",
      "CDLA-Permissive-2.0, SATISFIED",
      "OpenMDW-1.0, SATISFIED",
      "CC-BY-NC-4.0, VIOLATED",
      "CC-BY-ND-4.0, VIOLATED",
      "LicenseRef-scancode-llama-2-license-2023, VIOLATED",
      "LicenseRef-scancode-llama-3.1-license-2024, VIOLATED",
      "LicenseRef-scancode-gemma-tou-2024-04-01, VIOLATED",
      "LicenseRef-scancode-bigscience-open-rail-m, VIOLATED",
      "LicenseRef-unknown-to-shades, UNKNOWN",
      "Glide, UNKNOWN",
  })
  void derivesOsdConformance(String id, Outcome expected) {
    assertThat(KB.osdConformant(e(id))).isEqualTo(expected);
  }

  @Test
  void orLetsTheLicenseeChooseAndRequiresAll() {
    assertThat(KB.isOsdConformant(e("MIT OR " + LLAMA2))).isEqualTo(SATISFIED);
    assertThat(KB.isOsdConformant(e("MIT AND " + LLAMA2))).isEqualTo(VIOLATED);
    assertThat(KB.isOsdConformant(e("MIT AND LicenseRef-unknown"))).isEqualTo(UNKNOWN);
    assertThat(KB.isOsdConformant(e("CC-BY-NC-4.0 OR LicenseRef-unknown"))).isEqualTo(UNKNOWN);
    assertThat(KB.isOsdConformant(e("CC-BY-NC-4.0 AND LicenseRef-unknown"))).isEqualTo(VIOLATED);
    assertThat(KB.isOsiApproved(e("(MIT OR CC-BY-4.0) AND Apache-2.0"))).isEqualTo(SATISFIED);
  }

  @Test
  void anUnknownLicenseRefIsNotOsiApproved() {
    assertThat(KB.osiApproved(e("LicenseRef-my-terms"))).isEqualTo(VIOLATED);
    assertThat(KB.osiApproved(e("NotAnSpdxId"))).isEqualTo(UNKNOWN);
  }

  @Test
  void deprecatedIdsTakeTheTraitsOfTheirReplacement() {
    assertThat(KB.traits(e("GPL-2.0"))).isEqualTo(KB.traits(e("GPL-2.0-only")));
    assertThat(KB.traits(e("GPL-2.0+"))).isEqualTo(KB.traits(e("GPL-2.0-or-later")));
    assertThat(KB.osiApproved(e("GPL-2.0"))).isEqualTo(SATISFIED);
    assertThat(KB.traits(e("GPL-2.0-with-classpath-exception")).orElseThrow().kind())
        .isEqualTo(LicenseKind.WEAK_COPYLEFT);
    assertThat(LicenseKnowledge.replacements()).allSatisfy((deprecated, replacement) -> {
      assertThat(KB.find(deprecated.replace("+", "")).map(LicenseInfo::deprecated)).as(deprecated).contains(true);
      assertThat(ExpressionParser.parse(replacement).expression()).as(replacement).isPresent();
    });
  }

  @Test
  void aCustomAdditionMayRestrictSoItsTraitsAreUnknown() {
    assertThat(KB.osdConformant(e("MIT WITH AdditionRef-commons-clause"))).isEqualTo(UNKNOWN);
    assertThat(KB.osiApproved(e("MIT WITH AdditionRef-commons-clause"))).isEqualTo(UNKNOWN);
    assertThat(KB.traits(e("MIT WITH AdditionRef-commons-clause"))).isEmpty();
  }

  @Test
  void orLaterIsJudgedByTheNamedVersion() {
    assertThat(KB.traits(e("LGPL-2.1-only+"))).isEqualTo(KB.traits(e("LGPL-2.1-or-later")));
    assertThat(KB.traits(e("Apache-2.0+"))).isEqualTo(KB.traits(e("Apache-2.0")));
    assertThat(KB.osiApproved(e("Apache-2.0+"))).isEqualTo(SATISFIED);
  }

  @Test
  void exceptionsAddPermissionsAndLinkingExceptionsWeakenCopyleft() {
    LicenseTraits gpl = traits("GPL-2.0-only");
    LicenseTraits withClasspath = KB.traits(e("GPL-2.0-only WITH Classpath-exception-2.0")).orElseThrow();
    assertThat(gpl.kind()).isEqualTo(LicenseKind.STRONG_COPYLEFT);
    assertThat(withClasspath.kind()).isEqualTo(LicenseKind.WEAK_COPYLEFT);
    assertThat(withClasspath.traits()).isEqualTo(gpl.traits());
    assertThat(KB.osiApproved(e("GPL-2.0-only WITH Classpath-exception-2.0"))).isEqualTo(SATISFIED);
    assertThat(KB.traits(e("GPL-3.0-only WITH Bootloader-exception")).orElseThrow().kind())
        .isEqualTo(LicenseKind.STRONG_COPYLEFT);
  }

  @Test
  void everyTraitTableEntryAndAliasIsConsistent() {
    for (LicenseInfo info : KB.licenses()) {
      if (info.source() == LicenseSource.SHADES) {
        assertThat(info.id()).startsWith("LicenseRef-");
        assertThat(info.url()).as(info.id() + " url").isPresent();
        assertThat(info.traits()).as(info.id() + " traits").isPresent();
        assertThat(info.traits().orElseThrow().note()).as(info.id() + " note").isPresent();
      }
    }
    for (LicenseKnowledge.Alias alias : KB.aliases()) {
      alias.target().ifPresent(t -> {
        LicenseExpression target = ExpressionParser.parse(t).expression()
            .orElseThrow(() -> new AssertionError("alias " + alias.alias() + " -> malformed " + t));
        assertThat(target.licenseIds()).allSatisfy(id -> assertThat(KB.find(id)).as(alias + ": " + id).isPresent());
      });
    }
    assertThat(KB.alias("Apache 2.0").flatMap(LicenseKnowledge.Alias::target)).contains("Apache-2.0");
    assertThat(KB.alias("  apache   LICENSE 2.0 ").flatMap(LicenseKnowledge.Alias::target)).contains("Apache-2.0");
    assertThat(KB.alias("llama3.1").flatMap(LicenseKnowledge.Alias::target)).contains(LLAMA31);
    assertThat(KB.alias("other")).hasValueSatisfying(a -> assertThat(a.target()).isEmpty());
  }

  @Test
  void usersCanAddLicencesTraitsAndAliases() {
    LicenseTraits mine = new LicenseTraits(LicenseKind.RESTRICTED, EnumSet.of(ContentType.DATA),
        Set.of(Trait.NON_COMMERCIAL), OptionalLong.empty(), List.of(), Optional.of("ours"));
    LicenseKnowledge extended = KB.toBuilder()
        .license(new LicenseInfo("LicenseRef-acme-model-1.0", "ACME Model Licence", Optional.empty(), false,
            Optional.empty(), false, LicenseSource.USER, Optional.of(mine)))
        .traits("Glide", mine)
        .alias("ACME licence", Optional.of("LicenseRef-acme-model-1.0"))
        .build();
    assertThat(extended.osdConformant(e("LicenseRef-acme-model-1.0"))).isEqualTo(VIOLATED);
    assertThat(extended.osdConformant(e("Glide"))).isEqualTo(VIOLATED);
    assertThat(extended.alias("acme LICENCE").flatMap(LicenseKnowledge.Alias::target))
        .contains("LicenseRef-acme-model-1.0");
    assertThat(KB.find("LicenseRef-acme-model-1.0")).as("the standard base is unchanged").isEmpty();
    assertThatThrownBy(() -> KB.toBuilder().license(new LicenseInfo("ACME", "x", Optional.empty(), false,
        Optional.empty(), false, LicenseSource.USER, Optional.empty())))
        .hasMessageContaining("needs a LicenseRef- id");
    assertThatThrownBy(() -> KB.toBuilder().traits("NoSuchLicence", mine)).hasMessageContaining("unknown");
  }

  @Test
  void traitsAreValidated() {
    assertThatThrownBy(() -> new LicenseTraits(LicenseKind.RESTRICTED, Set.of(), Set.of(Trait.USER_THRESHOLD),
        OptionalLong.empty(), List.of(), Optional.empty())).hasMessageContaining("user threshold");
  }
}
