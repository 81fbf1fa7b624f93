package dev.shades.core.model;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One AI system as published: its metadata, its components by kind id, its default licences, its release facts
 * and the base release it was derived from.
 *
 * <p>A component the description does not list is unknown: {@link #component(ComponentKind)} returns an unknown
 * component for it, never a not-released one.
 *
 * @param name the release's name
 * @param version the release's own version label, if any
 * @param producer who published it, if stated
 * @param released the release date, if stated
 * @param modality the main modality, if stated
 * @param homepage the release's home page, if stated
 * @param base the release it was derived from, if any
 * @param licenses the release-wide default licences
 * @param components the stated components by kind id, in the order given
 * @param facts the release facts
 * @param evidence evidence for the release as a whole
 */
public record Release(
    String name,
    Optional<String> version,
    Optional<String> producer,
    Optional<LocalDate> released,
    Optional<Modality> modality,
    Optional<String> homepage,
    Optional<BaseRelease> base,
    LicenseDefaults licenses,
    Map<String, Component> components,
    Facts facts,
    List<Evidence> evidence) {

  /** Validates the release and copies its collections. */
  public Release {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(released, "released");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(homepage, "homepage");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(licenses, "licenses");
    components = ImmutableMap.copyOf(components);
    for (Map.Entry<String, Component> e : components.entrySet()) {
      if (!e.getKey().equals(e.getValue().kind().id())) {
        throw new IllegalArgumentException(
            "component stored under '" + e.getKey() + "' is of kind '" + e.getValue().kind().id() + "'");
      }
    }
    Objects.requireNonNull(facts, "facts");
    evidence = List.copyOf(evidence);
  }

  /** A builder for a release with this name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** This release with the component stated as given, in place of any stated component of its kind. */
  public Release withComponent(Component component) {
    Map<String, Component> changed = new java.util.LinkedHashMap<>(components);
    changed.put(component.kind().id(), component);
    return new Release(name, version, producer, released, modality, homepage, base, licenses, changed, facts,
        evidence);
  }

  /** This release with these licence defaults. */
  public Release withLicenses(LicenseDefaults value) {
    return new Release(name, version, producer, released, modality, homepage, base, value, components, facts,
        evidence);
  }

  /** This release with these facts. */
  public Release withFacts(Facts value) {
    return new Release(name, version, producer, released, modality, homepage, base, licenses, components, value,
        evidence);
  }

  /** The component of this kind: the stated one, or an unknown one when the description does not list it. */
  public Component component(ComponentKind kind) {
    Component c = components.get(kind.id());
    return c != null ? c : Component.unknown(kind);
  }

  /** The stated component with this kind id, if the description lists it. */
  public Optional<Component> stated(String kindId) {
    return Optional.ofNullable(components.get(kindId));
  }

  /**
   * The licence that applies to a component of this kind: its own statement if it has one (including "no
   * licence"), else the release's default for its content type, else the release-wide default, else unknown.
   */
  public ResolvedLicense resolveLicense(ComponentKind kind) {
    return resolve(component(kind).license(), kind.contentType());
  }

  /**
   * The licence statement that applies to a component of this kind, without saying where it came from (for
   * evaluation's fast path): {@link LicenseStatement.Inherit} when nothing states one.
   */
  public LicenseStatement licenseOf(ComponentKind kind) {
    Component c = components.get(kind.id());
    return c != null ? licenseOf(c) : inheritedLicense(kind);
  }

  /**
   * As {@link #licenseOf(ComponentKind)}, for a component already looked up with {@link #component(ComponentKind)}
   * (saves a second look-up).
   */
  public LicenseStatement licenseOf(Component component) {
    LicenseStatement own = component.license();
    return own instanceof LicenseStatement.Inherit ? inheritedLicense(component.kind()) : own;
  }

  private LicenseStatement inheritedLicense(ComponentKind kind) {
    LicenseStatement byType = licenses.forType(kind.contentType());
    return byType instanceof LicenseStatement.Inherit ? licenses.all() : byType;
  }

  /** Resolves a licence statement of a component (or part) with the given content type against the defaults. */
  public ResolvedLicense resolve(LicenseStatement own, ContentType type) {
    if (!(own instanceof LicenseStatement.Inherit)) {
      return new ResolvedLicense(own, LicenseOrigin.COMPONENT, type);
    }
    LicenseStatement byType = licenses.forType(type);
    if (!(byType instanceof LicenseStatement.Inherit)) {
      return new ResolvedLicense(byType, LicenseOrigin.CONTENT_TYPE_DEFAULT, type);
    }
    if (!(licenses.all() instanceof LicenseStatement.Inherit)) {
      return new ResolvedLicense(licenses.all(), LicenseOrigin.RELEASE_DEFAULT, type);
    }
    return new ResolvedLicense(LicenseStatement.inherit(), LicenseOrigin.NOWHERE, type);
  }

  /** Builds a {@link Release}. */
  public static final class Builder {
    private final String name;
    private Optional<String> version = Optional.empty();
    private Optional<String> producer = Optional.empty();
    private Optional<LocalDate> released = Optional.empty();
    private Optional<Modality> modality = Optional.empty();
    private Optional<String> homepage = Optional.empty();
    private Optional<BaseRelease> base = Optional.empty();
    private LicenseDefaults licenses = LicenseDefaults.none();
    private final Map<String, Component> components = new LinkedHashMap<>();
    private Facts facts = Facts.none();
    private List<Evidence> evidence = List.of();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** Sets the version label. */
    public Builder version(String value) {
      version = Optional.of(value);
      return this;
    }

    /** Sets the producer. */
    public Builder producer(String value) {
      producer = Optional.of(value);
      return this;
    }

    /** Sets the release date. */
    public Builder released(LocalDate value) {
      released = Optional.of(value);
      return this;
    }

    /** Sets the modality. */
    public Builder modality(Modality value) {
      modality = Optional.of(value);
      return this;
    }

    /** Sets the home page. */
    public Builder homepage(String value) {
      homepage = Optional.of(value);
      return this;
    }

    /** Sets the base release. */
    public Builder base(BaseRelease value) {
      base = Optional.of(value);
      return this;
    }

    /** Sets the default licences. */
    public Builder licenses(LicenseDefaults value) {
      licenses = Objects.requireNonNull(value);
      return this;
    }

    /** Adds (or replaces) a component. */
    public Builder component(Component value) {
      components.put(value.kind().id(), value);
      return this;
    }

    /** Sets the facts. */
    public Builder facts(Facts value) {
      facts = Objects.requireNonNull(value);
      return this;
    }

    /** Sets the release-wide evidence. */
    public Builder evidence(List<Evidence> value) {
      evidence = List.copyOf(value);
      return this;
    }

    /** The release. */
    public Release build() {
      return new Release(
          name, version, producer, released, modality, homepage, base, licenses, components, facts, evidence);
    }
  }
}
