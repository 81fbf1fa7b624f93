package dev.shades.core.read;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.SourceLocation;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.diagnostic.Suggestions;
import dev.shades.core.license.LicenseReader;
import dev.shades.core.model.AccessChannel;
import dev.shades.core.model.Availability;
import dev.shades.core.model.BaseRelease;
import dev.shades.core.model.Completeness;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.ContentType;
import dev.shades.core.model.DataInformation;
import dev.shades.core.model.DataInformationAspect;
import dev.shades.core.model.DataSource;
import dev.shades.core.model.Disclosure;
import dev.shades.core.model.Evidence;
import dev.shades.core.model.Fact;
import dev.shades.core.model.FactValue;
import dev.shades.core.model.Facts;
import dev.shades.core.model.Grade;
import dev.shades.core.model.LicenseDefaults;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Modality;
import dev.shades.core.model.Part;
import dev.shades.core.model.Relation;
import dev.shades.core.model.Release;
import dev.shades.core.model.StandardFact;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads Shades' own description format, version 1 (YAML or JSON with a top-level {@code shades: 1}); the format is
 * documented in {@code docs/description-format.md} and by {@code description.schema.json}.
 */
public final class ShadesFormatReader implements DescriptionReader {
  /** The format versions this reader knows. */
  public static final int FORMAT_VERSION = 1;

  /** Code of a format version this reader does not know. */
  public static final String UNKNOWN_VERSION = "unknown-format-version";
  /** Code of an unknown component kind. */
  public static final String UNKNOWN_COMPONENT = "unknown-component";
  /** Code of an unknown availability value. */
  public static final String UNKNOWN_AVAILABILITY = "unknown-availability";
  /** Code of any other value outside its enumeration. */
  public static final String UNKNOWN_VALUE = "unknown-value";
  /** Code of a malformed date. */
  public static final String INVALID_DATE = "invalid-date";
  /** Code of a link that is not an http(s) URL. */
  public static final String INVALID_URL = "invalid-url";
  /** Code of a key that is allowed only elsewhere. */
  public static final String MISPLACED_FIELD = "misplaced-field";
  /** Code of a base description that could not be read. */
  public static final String INVALID_BASE = "invalid-base";

  /** A {@code shades} key at the start of a line or of a flow mapping, quoted or not (YAML and JSON). */
  private static final Pattern RECOGNISE = Pattern.compile("(?m)(^|[{,])\\s*([\"']?)shades\\2\\s*:");

  private static final List<String> RELEASE_KEYS = List.of("shades", "name", "version", "producer", "released",
      "modality", "homepage", "evidence", "base", "licenses", "facts", "components");
  private static final List<String> BASE_KEYS = List.of("relation", "file", "name", "version", "producer",
      "released", "modality", "homepage", "evidence", "base", "licenses", "facts", "components");
  private static final List<String> LICENSE_KEYS = List.of("default", "code", "data", "document");
  private static final List<String> COMPONENT_KEYS = List.of("availability", "license", "completeness", "grade",
      "locations", "evidence", "notes", "parts", "information");
  private static final List<String> PART_KEYS = List.of("name", "availability", "license", "locations", "evidence");
  private static final List<String> EVIDENCE_KEYS = List.of("url", "checked", "note");
  private static final List<String> FACT_KEYS = List.of("value", "note", "evidence");
  private static final List<String> SOURCE_KEYS = List.of("name", "location");
  private static final List<String> INFORMATION_KEYS;


  static {
    List<String> keys = new ArrayList<>(DataInformationAspect.ids());
    keys.add("public-sources");
    keys.add("third-party-sources");
    INFORMATION_KEYS = List.copyOf(keys);
  }

  /** Creates the reader (it is stateless). */
  public ShadesFormatReader() {}

  @Override
  public String format() {
    return "shades";
  }

  @Override
  public String describe() {
    return "Shades descriptions (a top-level 'shades:' key)";
  }

  @Override
  public boolean recognises(SourceText source) {
    return RECOGNISE.matcher(source.text()).find();
  }

  @Override
  public ReadResult read(SourceText source, ReadContext context) {
    YamlFile yaml = YamlFile.read(source, context.options());
    if (yaml.root().isEmpty()) {
      return ReadResult.failed(Optional.of(format()), yaml.diagnostics());
    }
    Node root = yaml.root().get();
    Optional<Release> release = new Run(yaml, context).release(root, true);
    List<Diagnostic> diagnostics = new ArrayList<>(yaml.diagnostics());
    diagnostics.sort(Diagnostics.BY_POSITION);
    if (release.isEmpty() || yaml.hasErrors()) {
      return ReadResult.failed(Optional.of(format()), diagnostics);
    }
    return ReadResult.of(format(), release.get(), diagnostics);
  }

  /** One reading of one file. */
  private static final class Run {
    private final YamlFile yaml;
    private final ReadContext context;
    private final LicenseReader licenses;
    private final ComponentCatalog catalog;

    Run(YamlFile yaml, ReadContext context) {
      this.yaml = yaml;
      this.context = context;
      this.licenses = new LicenseReader(context.options().knowledge(), context.options().strictLicenses());
      this.catalog = context.options().catalog();
    }

    Optional<Release> release(Node node, boolean topLevel) {
      return yaml.mapping(node, "a description", RELEASE_KEYS).flatMap(f -> release(node, f, true));
    }

    Optional<Release> release(Node node, Map<String, YamlFile.Field> f, boolean topLevel) {
      String what = topLevel ? "a description" : "the base release";
      if (topLevel) {
        if (!f.containsKey("shades")) {
          yaml.missing(node, "shades", what + " (the format version, 'shades: 1')");
          return Optional.empty();
        }
        Node version = f.get("shades").value();
        boolean known = version instanceof ScalarNode s
            && s.getValue().equals(Integer.toString(FORMAT_VERSION));
        if (!known) {
          String written = version instanceof ScalarNode s ? "'" + s.getValue() + "'" : YamlFile.describe(version);
          yaml.error(UNKNOWN_VERSION, "description format version " + written
              + " is not known; this version of Shades reads 'shades: " + FORMAT_VERSION + "'", version);
          return Optional.empty();
        }
      }
      if (!f.containsKey("name")) {
        yaml.missing(node, "name", what);
        return Optional.empty();
      }
      Optional<String> name = yaml.text(f.get("name").value(), "'name'");
      if (name.isEmpty()) {
        return Optional.empty();
      }
      Release.Builder r = Release.builder(name.get());
      text(f, "version").ifPresent(r::version);
      text(f, "producer").ifPresent(r::producer);
      field(f, "released").flatMap(this::date).ifPresent(r::released);
      field(f, "modality").flatMap(n -> enumValue(n, "modality", Modality::fromId, Modality.ids(), UNKNOWN_VALUE))
          .ifPresent(r::modality);
      field(f, "homepage").flatMap(n -> url(n, "'homepage'")).ifPresent(r::homepage);
      field(f, "evidence").map(this::evidence).ifPresent(r::evidence);
      field(f, "licenses").flatMap(this::licenseDefaults).ifPresent(r::licenses);
      field(f, "facts").flatMap(this::facts).ifPresent(r::facts);
      field(f, "components").ifPresent(n -> components(n).forEach(r::component));
      field(f, "base").flatMap(this::base).ifPresent(r::base);
      return Optional.of(r.build());
    }

    // ---- base ---------------------------------------------------------------------------------------------

    private Optional<BaseRelease> base(Node node) {
      Optional<Map<String, YamlFile.Field>> mapping = yaml.mapping(node, "'base'", BASE_KEYS);
      if (mapping.isEmpty()) {
        return Optional.empty();
      }
      Map<String, YamlFile.Field> f = mapping.get();
      if (!f.containsKey("relation")) {
        yaml.missing(node, "relation", "'base' (fine-tune, adapter, quantisation or merge)");
        return Optional.empty();
      }
      Optional<Relation> relation = enumValue(f.get("relation").value(), "relation", Relation::fromId,
          Relation.ids(), UNKNOWN_VALUE);
      if (f.containsKey("file")) {
        for (YamlFile.Field other : f.values()) {
          if (!other.name().equals("file") && !other.name().equals("relation")) {
            yaml.error(MISPLACED_FIELD, "'base' names a file; '" + other.name()
                + "' belongs in that file, not beside it", other.key());
          }
        }
        Node fileNode = f.get("file").value();
        Optional<String> file = yaml.text(fileNode, "'file'");
        if (file.isEmpty() || relation.isEmpty()) {
          return Optional.empty();
        }
        ReadResult base = context.readReferenced(file.get());
        if (base.ok()) {
          yaml.addAll(base.diagnostics()); // the base's warnings and notes, pointing into the base file
        } else {
          // The base's own diagnostics point into the base file; this one says which reference failed.
          if (base.format().isPresent()) {
            yaml.addAll(base.diagnostics());
          }
          Diagnostic first = base.errors().get(0);
          String where = base.format().isPresent() ? " (" + first.location() + ")" : "";
          yaml.error(INVALID_BASE, "the base description '" + file.get() + "' cannot be used: "
              + first.message() + where, fileNode);
          return Optional.empty();
        }
        return Optional.of(new BaseRelease(relation.get(), base.release().get(), file));
      }
      // Inline: the same fields, read as a release ('relation' is set aside).
      Optional<Release> release = release(node, f, false);
      return relation.isPresent() && release.isPresent()
          ? Optional.of(new BaseRelease(relation.get(), release.get(), Optional.empty()))
          : Optional.empty();
    }

    // ---- licences -----------------------------------------------------------------------------------------

    private Optional<LicenseDefaults> licenseDefaults(Node node) {
      return yaml.mapping(node, "'licenses'", LICENSE_KEYS).map(f -> {
        LicenseStatement all = field(f, "default").flatMap(this::license).orElse(LicenseStatement.inherit());
        Map<ContentType, LicenseStatement> byType = new EnumMap<>(ContentType.class);
        for (ContentType type : ContentType.values()) {
          field(f, type.id()).flatMap(this::license).ifPresent(l -> byType.put(type, l));
        }
        return new LicenseDefaults(all, byType);
      });
    }

    private Optional<LicenseStatement> license(Node node) {
      Optional<String> text = yaml.text(node, "a licence");
      if (text.isEmpty()) {
        return Optional.empty();
      }
      // Columns inside the expression are exact only when the value stands on one line as written (no escapes,
      // no folding); then diagnostics point inside it, otherwise at the value's start.
      SourceLocation at = yaml.at(node);
      boolean exact = false;
      if (node.getEndMark().isPresent() && node.getEndMark().get().getLine() + 1 == at.line()) {
        int found = yaml.source().line(at.line()).indexOf(text.get(), at.column() - 1);
        if (found >= 0) {
          at = new SourceLocation(at.file(), at.line(), found + 1);
          exact = true;
        }
      }
      LicenseReader.Reading reading = licenses.read(text.get(), at, yaml.source(), exact);
      yaml.addAll(reading.diagnostics());
      return reading.hasErrors() ? Optional.empty() : Optional.of(reading.statement());
    }

    // ---- components ---------------------------------------------------------------------------------------

    private List<Component> components(Node node) {
      List<Component> out = new ArrayList<>();
      yaml.mapping(node, "'components'", null).ifPresent(fields -> {
        for (YamlFile.Field field : fields.values()) {
          Optional<ComponentKind> kind = catalog.find(field.name());
          if (kind.isEmpty()) {
            yaml.error(UNKNOWN_COMPONENT, "unknown component kind '" + field.name() + "'"
                + catalog.didYouMean(field.name()), field.key());
            continue;
          }
          component(kind.get(), field.value()).ifPresent(out::add);
        }
      });
      return out;
    }

    private Optional<Component> component(ComponentKind kind, Node node) {
      String what = "component '" + kind.id() + "'";
      Optional<Map<String, YamlFile.Field>> mapping = yaml.mapping(node, what, COMPONENT_KEYS);
      if (mapping.isEmpty()) {
        return Optional.empty();
      }
      Map<String, YamlFile.Field> f = mapping.get();
      Component.Builder c = Component.builder(kind);
      field(f, "availability").flatMap(this::availability).ifPresent(c::availability);
      field(f, "license").flatMap(this::license).ifPresent(c::license);
      field(f, "completeness").flatMap(n -> enumValue(n, "completeness", Completeness::fromId,
          Completeness.ids(), UNKNOWN_VALUE)).ifPresent(c::completeness);
      field(f, "grade").flatMap(n -> enumValue(n, "grade", Grade::fromId, Grade.ids(), UNKNOWN_VALUE))
          .ifPresent(c::grade);
      field(f, "locations").map(this::urls).ifPresent(c::locations);
      field(f, "evidence").map(this::evidence).ifPresent(c::evidence);
      text(f, "notes").ifPresent(c::notes);
      field(f, "parts").map(n -> parts(n, kind)).ifPresent(c::parts);
      if (f.containsKey("information")) {
        if (!kind.equals(ComponentCatalog.TRAINING_DATA_INFORMATION)) {
          yaml.error(MISPLACED_FIELD, "'information' belongs only on 'training-data-information', not on '"
              + kind.id() + "'", f.get("information").key());
        } else {
          dataInformation(f.get("information").value()).ifPresent(c::dataInformation);
        }
      }
      return Optional.of(c.build());
    }

    private Optional<Availability> availability(Node node) {
      return enumValue(node, "availability", Availability::fromId, Availability.ids(), UNKNOWN_AVAILABILITY);
    }

    private List<Part> parts(Node node, ComponentKind kind) {
      List<Part> out = new ArrayList<>();
      yaml.list(node, "'parts'").ifPresent(items -> {
        for (Node item : items) {
          Optional<Map<String, YamlFile.Field>> mapping = yaml.mapping(item, "a part", PART_KEYS);
          if (mapping.isEmpty()) {
            continue;
          }
          Map<String, YamlFile.Field> f = mapping.get();
          if (!f.containsKey("name")) {
            yaml.missing(item, "name", "a part of '" + kind.id() + "'");
            continue;
          }
          Optional<String> name = yaml.text(f.get("name").value(), "a part's 'name'");
          Availability availability = field(f, "availability").flatMap(this::availability)
              .orElse(Availability.UNKNOWN);
          LicenseStatement license = field(f, "license").flatMap(this::license).orElse(LicenseStatement.inherit());
          List<String> locations = field(f, "locations").map(this::urls).orElse(List.of());
          List<Evidence> evidence = field(f, "evidence").map(this::evidence).orElse(List.of());
          name.ifPresent(n -> out.add(new Part(n, availability, license, locations, evidence)));
        }
      });
      return out;
    }

    private Optional<DataInformation> dataInformation(Node node) {
      return yaml.mapping(node, "'information'", INFORMATION_KEYS).map(f -> {
        Map<DataInformationAspect, Fact<Disclosure>> aspects = new EnumMap<>(DataInformationAspect.class);
        for (DataInformationAspect aspect : DataInformationAspect.values()) {
          field(f, aspect.id()).flatMap(n -> fact(n, "'" + aspect.id() + "'",
                  v -> enumValue(v, aspect.id(), Disclosure::fromId, Disclosure.ids(), UNKNOWN_VALUE)))
              .ifPresent(fact -> aspects.put(aspect, fact));
        }
        List<DataSource> publicSources = field(f, "public-sources").map(this::sources).orElse(List.of());
        List<DataSource> thirdParty = field(f, "third-party-sources").map(this::sources).orElse(List.of());
        return new DataInformation(aspects, publicSources, thirdParty);
      });
    }

    private List<DataSource> sources(Node node) {
      List<DataSource> out = new ArrayList<>();
      yaml.list(node, "a list of sources").ifPresent(items -> {
        for (Node item : items) {
          yaml.mapping(item, "a data source", SOURCE_KEYS).ifPresent(f -> {
            if (!f.containsKey("name")) {
              yaml.missing(item, "name", "a data source");
              return;
            }
            Optional<String> name = yaml.text(f.get("name").value(), "a source's 'name'");
            Optional<String> location = field(f, "location").flatMap(n -> url(n, "a source's 'location'"));
            name.ifPresent(n -> out.add(new DataSource(n, location)));
          });
        }
      });
      return out;
    }

    // ---- facts --------------------------------------------------------------------------------------------

    private Optional<Facts> facts(Node node) {
      return yaml.mapping(node, "'facts'", null).map(fields -> {
        Map<String, Fact<FactValue>> out = new LinkedHashMap<>();
        for (YamlFile.Field field : fields.values()) {
          Optional<StandardFact> standard = StandardFact.fromKey(field.name());
          String what = "fact '" + field.name() + "'";
          Function<Node, Optional<FactValue>> value = standard.isPresent()
              ? n -> standardValue(standard.get(), n, what)
              : n -> freeValue(n, what);
          fact(field.value(), what, value).ifPresent(fact -> out.put(field.name(), fact));
        }
        return new Facts(out);
      });
    }

    /** A fact written plainly or as {value, note, evidence}. */
    private <T> Optional<Fact<T>> fact(Node node, String what, Function<Node, Optional<T>> value) {
      if (node instanceof MappingNode) {
        Optional<Map<String, YamlFile.Field>> mapping = yaml.mapping(node, what, FACT_KEYS);
        if (mapping.isEmpty()) {
          return Optional.empty();
        }
        Map<String, YamlFile.Field> f = mapping.get();
        if (!f.containsKey("value")) {
          yaml.missing(node, "value", what);
          return Optional.empty();
        }
        Optional<T> v = value.apply(f.get("value").value());
        Optional<String> note = text(f, "note");
        List<Evidence> evidence = field(f, "evidence").map(this::evidence).orElse(List.of());
        return v.map(x -> new Fact<>(x, note, evidence));
      }
      return value.apply(node).map(Fact::of);
    }

    private Optional<FactValue> standardValue(StandardFact fact, Node node, String what) {
      switch (fact.type()) {
        case "boolean":
          return yaml.bool(node, what).map(FactValue.Bool::new);
        case "number":
          return yaml.number(node, what).map(FactValue.Number::new);
        default:
          return yaml.list(node, what).map(items -> {
            List<String> ids = new ArrayList<>();
            for (Node item : items) {
              enumValue(item, "access channel", AccessChannel::fromId, AccessChannel.ids(), UNKNOWN_VALUE)
                  .ifPresent(c -> ids.add(c.id()));
            }
            return new FactValue.TextList(ids);
          });
      }
    }

    private Optional<FactValue> freeValue(Node node, String what) {
      if (node instanceof ScalarNode s) {
        if (YamlFile.isNull(node)) {
          yaml.error(YamlFile.WRONG_TYPE, what + " has no value; leave an unknown fact out", node);
          return Optional.empty();
        }
        String tag = s.getTag().getValue();
        if (tag.endsWith(":bool")) {
          return yaml.bool(node, what).map(FactValue.Bool::new);
        }
        if (tag.endsWith(":int") || tag.endsWith(":float")) {
          return yaml.number(node, what).map(FactValue.Number::new);
        }
        return Optional.of(new FactValue.Text(s.getValue()));
      }
      return yaml.list(node, what + " (a boolean, a number, text or a list of text)").map(items -> {
        List<String> values = new ArrayList<>();
        for (Node item : items) {
          yaml.text(item, "an item of " + what).ifPresent(values::add);
        }
        return new FactValue.TextList(values);
      });
    }

    // ---- small values -------------------------------------------------------------------------------------

    private List<Evidence> evidence(Node node) {
      List<Evidence> out = new ArrayList<>();
      if (node instanceof ScalarNode) {
        url(node, "evidence").map(Evidence::of).ifPresent(out::add);
        return out;
      }
      if (node instanceof MappingNode) {
        evidenceItem(node).ifPresent(out::add);
        return out;
      }
      yaml.list(node, "'evidence'").ifPresent(items -> items.forEach(item -> {
        if (item instanceof MappingNode) {
          evidenceItem(item).ifPresent(out::add);
        } else {
          url(item, "evidence").map(Evidence::of).ifPresent(out::add);
        }
      }));
      return out;
    }

    private Optional<Evidence> evidenceItem(Node node) {
      return yaml.mapping(node, "evidence", EVIDENCE_KEYS).flatMap(f -> {
        if (!f.containsKey("url")) {
          yaml.missing(node, "url", "evidence");
          return Optional.empty();
        }
        Optional<String> url = url(f.get("url").value(), "evidence 'url'");
        Optional<LocalDate> checked = field(f, "checked").flatMap(this::date);
        Optional<String> note = text(f, "note");
        return url.map(u -> new Evidence(u, checked, note));
      });
    }

    private List<String> urls(Node node) {
      List<String> out = new ArrayList<>();
      if (node instanceof ScalarNode) {
        url(node, "a location").ifPresent(out::add);
        return out;
      }
      yaml.list(node, "'locations'").ifPresent(items -> items.forEach(i -> url(i, "a location").ifPresent(out::add)));
      return out;
    }

    private Optional<String> url(Node node, String what) {
      Optional<String> text = yaml.text(node, what);
      if (text.isPresent()) {
        String u = text.get().strip();
        if (!(u.startsWith("https://") || u.startsWith("http://")) || u.contains(" ") || u.length() < 11) {
          yaml.error(INVALID_URL, what + " must be an http(s) URL, found '" + u + "'", node);
          return Optional.empty();
        }
        return Optional.of(u);
      }
      return Optional.empty();
    }

    private Optional<LocalDate> date(Node node) {
      return yaml.text(node, "a date").flatMap(t -> {
        try {
          return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
          yaml.error(INVALID_DATE, "'" + t + "' is not a date; write it as YYYY-MM-DD", node);
          return Optional.empty();
        }
      });
    }

    private <E> Optional<E> enumValue(
        Node node, String what, Function<String, Optional<E>> parse, List<String> ids, String code) {
      return yaml.text(node, "'" + what + "'").flatMap(t -> {
        Optional<E> value = parse.apply(t);
        if (value.isEmpty()) {
          yaml.error(code, "unknown " + what + " '" + t + "'" + Suggestions.didYouMean(t, ids)
              + " (one of: " + String.join(", ", ids) + ")", node);
        }
        return value;
      });
    }

    private Optional<String> text(Map<String, YamlFile.Field> f, String key) {
      return field(f, key).flatMap(n -> yaml.text(n, "'" + key + "'"));
    }

    private static Optional<Node> field(Map<String, YamlFile.Field> f, String key) {
      YamlFile.Field field = f.get(key);
      return field == null ? Optional.empty() : Optional.of(field.value());
    }
  }

  /** The keys of a description's top level, for tools that list them. */
  public static Set<String> topLevelKeys() {
    return Set.copyOf(RELEASE_KEYS);
  }
}
