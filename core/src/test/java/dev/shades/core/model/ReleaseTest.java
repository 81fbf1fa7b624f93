package dev.shades.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shades.core.license.ExpressionParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseTest {
  private static LicenseStatement licence(String text) {
    return LicenseStatement.of(ExpressionParser.parse(text).expression().orElseThrow());
  }

  private static final Release RELEASE = Release.builder("Example")
      .licenses(new LicenseDefaults(licence("Apache-2.0"), Map.of(ContentType.DATA, licence("CC-BY-4.0"))))
      .component(Component.builder(ComponentCatalog.TRAINING_CODE).availability(Availability.OPEN)
          .license(licence("MIT")).build())
      .component(Component.builder(ComponentCatalog.DATASETS).availability(Availability.OPEN)
          .license(LicenseStatement.none()).build())
      .component(Component.builder(ComponentCatalog.MODEL_PARAMETERS).availability(Availability.GATED).build())
      .component(Component.builder(ComponentCatalog.MODEL_CARD).availability(Availability.OPEN).build())
      .build();

  @Test
  void aComponentsOwnLicenceComesFirst() {
    ResolvedLicense r = RELEASE.resolveLicense(ComponentCatalog.TRAINING_CODE);
    assertThat(r.origin()).isEqualTo(LicenseOrigin.COMPONENT);
    assertThat(r.explain()).isEqualTo("MIT, stated on the component");
  }

  @Test
  void explicitlyNoLicenceStopsInheritance() {
    ResolvedLicense r = RELEASE.resolveLicense(ComponentCatalog.DATASETS);
    assertThat(r.statement()).isInstanceOf(LicenseStatement.NoLicense.class);
    assertThat(r.explain()).isEqualTo("no licence, stated on the component");
  }

  @Test
  void theDefaultForTheContentTypeComesBeforeTheReleaseWideOne() {
    assertThat(RELEASE.resolveLicense(ComponentCatalog.MODEL_PARAMETERS).explain())
        .isEqualTo("CC-BY-4.0, inherited from the release default for data");
    assertThat(RELEASE.resolveLicense(ComponentCatalog.MODEL_CARD).explain())
        .isEqualTo("Apache-2.0, inherited from the release-wide default");
  }

  @Test
  void anUnlistedComponentIsUnknownNotUnreleased() {
    Component c = RELEASE.component(ComponentCatalog.EVALUATION_CODE);
    assertThat(c.availability()).isEqualTo(Availability.UNKNOWN);
    assertThat(c.isStated()).isFalse();
    assertThat(RELEASE.stated("evaluation-code")).isEmpty();
    // It still inherits the release's defaults: the licence is known even when availability is not.
    assertThat(RELEASE.resolveLicense(ComponentCatalog.EVALUATION_CODE).origin())
        .isEqualTo(LicenseOrigin.RELEASE_DEFAULT);
  }

  @Test
  void withNothingToInheritTheLicenceIsUnknown() {
    Release bare = Release.builder("Bare").build();
    ResolvedLicense r = bare.resolveLicense(ComponentCatalog.MODEL_PARAMETERS);
    assertThat(r.isUnknown()).isTrue();
    assertThat(r.explain()).isEqualTo("unknown (not stated anywhere)");
  }

  @Test
  void releasesAreImmutableValues() {
    assertThatThrownBy(() -> RELEASE.components().clear()).isInstanceOf(UnsupportedOperationException.class);
    Release again = Release.builder("Example")
        .licenses(RELEASE.licenses())
        .component(RELEASE.component(ComponentCatalog.TRAINING_CODE))
        .component(RELEASE.component(ComponentCatalog.DATASETS))
        .component(RELEASE.component(ComponentCatalog.MODEL_PARAMETERS))
        .component(RELEASE.component(ComponentCatalog.MODEL_CARD))
        .build();
    assertThat(again).isEqualTo(RELEASE);
    assertThat(again.components().keySet()).containsExactly("training-code", "datasets", "model-parameters",
        "model-card");
  }

  @Test
  void theStandardCatalogueHasTheMofComponentsAndMore() {
    ComponentCatalog catalog = ComponentCatalog.standard();
    assertThat(catalog.kinds()).hasSize(26);
    assertThat(catalog.find("model-parameters").map(ComponentKind::contentType)).contains(ContentType.DATA);
    assertThat(catalog.find("research-paper").map(ComponentKind::contentType)).contains(ContentType.DOCUMENT);
    assertThat(catalog.find("supporting-libraries").map(ComponentKind::contentType)).contains(ContentType.CODE);
    ComponentKind extra = new ComponentKind("safety-evaluation", "Safety evaluation", ContentType.DOCUMENT,
        "Results of red-teaming");
    assertThat(catalog.with(extra).find("safety-evaluation")).contains(extra);
    assertThat(catalog.find("safety-evaluation")).isEmpty();
    assertThatThrownBy(() -> catalog.with(new ComponentKind("datasets", "Other", ContentType.DATA, "x")))
        .hasMessageContaining("already in the catalogue");
    assertThatThrownBy(() -> new ComponentKind("Not Kebab", "x", ContentType.DATA, "x"))
        .hasMessageContaining("kebab-case");
  }

  @Test
  void withersChangeOnePartAndKeepTheRest() {
    Component weights = Component.builder(ComponentCatalog.MODEL_PARAMETERS).availability(Availability.GATED)
        .license(LicenseStatement.of(ExpressionParser.parse("MIT").expression().orElseThrow()))
        .completeness(Completeness.PARTIAL).notes("first release").build();
    Release r = Release.builder("R").producer("P").component(weights).build();
    assertThat(weights.toBuilder().build()).isEqualTo(weights);
    Component open = weights.toBuilder().availability(Availability.OPEN).build();
    Release changed = r.withComponent(open);
    assertThat(changed.component(ComponentCatalog.MODEL_PARAMETERS)).isEqualTo(open);
    assertThat(changed.component(ComponentCatalog.MODEL_PARAMETERS).notes()).contains("first release");
    assertThat(changed.producer()).contains("P");
    assertThat(r.component(ComponentCatalog.MODEL_PARAMETERS)).as("the original is untouched").isEqualTo(weights);
    LicenseDefaults defaults = new LicenseDefaults(LicenseStatement.none(), Map.of());
    assertThat(r.withLicenses(defaults).licenses()).isEqualTo(defaults);
    assertThat(r.withLicenses(defaults).components()).isEqualTo(r.components());
    assertThat(r.withFacts(Facts.none()).facts()).isEqualTo(Facts.none());
  }
}
