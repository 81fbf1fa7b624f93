package dev.shades.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One component of a release as a description states it.
 *
 * @param kind what the component is
 * @param availability how it is available ({@link Availability#UNKNOWN} when the source does not say)
 * @param license its licence statement; {@link LicenseStatement.Inherit} means the release's defaults apply
 * @param completeness whether all of it is released, if stated
 * @param grade a grade a grader declared, if any
 * @param locations where it can be found
 * @param evidence where the claims about it come from
 * @param parts its parts, each with facts of its own
 * @param dataInformation the structured sub-facts, for {@code training-data-information} only
 * @param notes free-text notes
 */
public record Component(
    ComponentKind kind,
    Availability availability,
    LicenseStatement license,
    Optional<Completeness> completeness,
    Optional<Grade> grade,
    List<String> locations,
    List<Evidence> evidence,
    List<Part> parts,
    Optional<DataInformation> dataInformation,
    Optional<String> notes) {

  /** Validates the component and copies its lists. */
  public Component {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(availability, "availability");
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(completeness, "completeness");
    Objects.requireNonNull(grade, "grade");
    locations = List.copyOf(locations);
    evidence = List.copyOf(evidence);
    parts = List.copyOf(parts);
    Objects.requireNonNull(dataInformation, "dataInformation");
    Objects.requireNonNull(notes, "notes");
  }

  /** A component the source says nothing about: availability unknown, licence inherited. */
  public static Component unknown(ComponentKind kind) {
    // Evaluation asks for unlisted components again and again: the unknown component of a kind is shared. Keyed by
    // id (its hash is cached); two catalogues may give one id different kinds, hence the check.
    Component shared = UNKNOWN.get(kind.id());
    if (shared != null && shared.kind().equals(kind)) {
      return shared;
    }
    Component made = builder(kind).build();
    UNKNOWN.putIfAbsent(kind.id(), made);
    return made;
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, Component> UNKNOWN =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A builder, starting from an unknown component of this kind. */
  public static Builder builder(ComponentKind kind) {
    return new Builder(kind);
  }

  /** A builder that starts from this component, to change some of it. */
  public Builder toBuilder() {
    Builder b = new Builder(kind).availability(availability).license(license).locations(locations)
        .evidence(evidence).parts(parts);
    completeness.ifPresent(b::completeness);
    grade.ifPresent(b::grade);
    dataInformation.ifPresent(b::dataInformation);
    notes.ifPresent(b::notes);
    return b;
  }

  /** True when the source states the availability (it is not {@link Availability#UNKNOWN}). */
  public boolean isStated() {
    return availability != Availability.UNKNOWN;
  }

  /** Builds a {@link Component}. */
  public static final class Builder {
    private final ComponentKind kind;
    private Availability availability = Availability.UNKNOWN;
    private LicenseStatement license = LicenseStatement.inherit();
    private Optional<Completeness> completeness = Optional.empty();
    private Optional<Grade> grade = Optional.empty();
    private List<String> locations = List.of();
    private List<Evidence> evidence = List.of();
    private List<Part> parts = List.of();
    private Optional<DataInformation> dataInformation = Optional.empty();
    private Optional<String> notes = Optional.empty();

    private Builder(ComponentKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Sets the availability. */
    public Builder availability(Availability value) {
      availability = Objects.requireNonNull(value);
      return this;
    }

    /** Sets the licence statement. */
    public Builder license(LicenseStatement value) {
      license = Objects.requireNonNull(value);
      return this;
    }

    /** Sets the completeness. */
    public Builder completeness(Completeness value) {
      completeness = Optional.of(value);
      return this;
    }

    /** Sets the declared grade. */
    public Builder grade(Grade value) {
      grade = Optional.of(value);
      return this;
    }

    /** Sets the locations. */
    public Builder locations(List<String> value) {
      locations = List.copyOf(value);
      return this;
    }

    /** Sets the evidence. */
    public Builder evidence(List<Evidence> value) {
      evidence = List.copyOf(value);
      return this;
    }

    /** Sets the parts. */
    public Builder parts(List<Part> value) {
      parts = List.copyOf(value);
      return this;
    }

    /** Sets the training-data information sub-facts. */
    public Builder dataInformation(DataInformation value) {
      dataInformation = Optional.of(value);
      return this;
    }

    /** Sets the notes. */
    public Builder notes(String value) {
      notes = Optional.of(value);
      return this;
    }

    /** The component. */
    public Component build() {
      return new Component(
          kind, availability, license, completeness, grade, locations, evidence, parts, dataInformation, notes);
    }
  }
}
