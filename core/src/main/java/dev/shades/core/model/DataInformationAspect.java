package dev.shades.core.model;

import java.util.List;
import java.util.Optional;

/** The aspects of training data the OSAID's "data information" must describe. */
public enum DataInformationAspect {
  /** Where the data comes from. */
  PROVENANCE,
  /** What the data covers. */
  SCOPE,
  /** What the data is like. */
  CHARACTERISTICS,
  /** How the data was obtained. */
  ACQUISITION,
  /** How the data was selected. */
  SELECTION,
  /** Labelling procedures. */
  LABELLING,
  /** Processing and filtering methods. */
  PROCESSING;

  /** The id used in descriptions and policies, e.g. {@code provenance}. */
  public String id() {
    return Ids.of(this);
  }

  /** The constant with this id, if any. */
  public static Optional<DataInformationAspect> fromId(String id) {
    return Ids.parse(DataInformationAspect.class, id);
  }

  /** Every id, in declaration order. */
  public static List<String> ids() {
    return Ids.all(DataInformationAspect.class);
  }
}
