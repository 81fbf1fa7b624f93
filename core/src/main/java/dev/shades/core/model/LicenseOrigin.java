package dev.shades.core.model;

/** Where the licence that applies to a component came from. */
public enum LicenseOrigin {
  /** The component states its own licence (or states that it has none). */
  COMPONENT("stated on the component"),
  /** Inherited from the release's default for the component's content type. */
  CONTENT_TYPE_DEFAULT("inherited from the release default for"),
  /** Inherited from the release-wide default. */
  RELEASE_DEFAULT("inherited from the release-wide default"),
  /** Nothing states a licence: it is unknown. */
  NOWHERE("not stated anywhere");

  private final String phrase;

  LicenseOrigin(String phrase) {
    this.phrase = phrase;
  }

  /** How the origin reads in an explanation. */
  public String phrase() {
    return phrase;
  }
}
