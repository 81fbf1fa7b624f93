package dev.shades.core.definition;

import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.ContentType;
import dev.shades.core.model.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Which components a quantified condition ranges over. Always a finite list, fixed by the release. */
public sealed interface ComponentSelector {

  /** The kinds selected for this release. */
  List<ComponentKind> select(Release release, ComponentCatalog catalog);

  /** How the selector reads in a policy file. */
  String describe();

  /**
   * These kinds, whether or not the release lists them.
   *
   * @param kinds the kinds, in order
   */
  record Kinds(List<ComponentKind> kinds) implements ComponentSelector {
    /** Copies the kinds. */
    public Kinds {
      kinds = List.copyOf(kinds);
    }

    @Override
    public List<ComponentKind> select(Release release, ComponentCatalog catalog) {
      return kinds;
    }

    @Override
    public String describe() {
      return kinds.size() == 1 ? kinds.get(0).id()
          : "[" + kinds.stream().map(ComponentKind::id).collect(Collectors.joining(", ")) + "]";
    }
  }

  /**
   * Every kind of the catalogue with this content type.
   *
   * @param type the content type
   */
  record OfType(ContentType type) implements ComponentSelector {
    /** Validates the type. */
    public OfType {
      Objects.requireNonNull(type, "type");
    }

    @Override
    public List<ComponentKind> select(Release release, ComponentCatalog catalog) {
      List<ComponentKind> out = new ArrayList<>();
      for (ComponentKind k : catalog.kinds()) {
        if (k.contentType() == type) {
          out.add(k);
        }
      }
      return out;
    }

    @Override
    public String describe() {
      return type.id() + " components";
    }
  }

  /** Every component the release lists. */
  record Listed() implements ComponentSelector {
    @Override
    public List<ComponentKind> select(Release release, ComponentCatalog catalog) {
      List<ComponentKind> out = new ArrayList<>();
      release.components().values().forEach(c -> out.add(c.kind()));
      return out;
    }

    @Override
    public String describe() {
      return "listed components";
    }
  }
}
