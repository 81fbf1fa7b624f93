package dev.shades.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of component a release may have, such as {@code model-parameters} or {@code training-code}.
 *
 * @param id a stable kebab-case id
 * @param name a human-readable name
 * @param contentType what the component is made of, which decides the licence defaults it inherits
 * @param description one line on what the component is
 */
public record ComponentKind(String id, String name, ContentType contentType, String description) {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Validates the kind; the id must be kebab-case. */
  public ComponentKind {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(description, "description");
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException("a component kind id is kebab-case: " + id);
    }
  }
}
