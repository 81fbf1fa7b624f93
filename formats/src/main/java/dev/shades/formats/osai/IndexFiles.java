package dev.shades.formats.osai;

import dev.shades.core.diagnostic.Suggestions;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.Evidence;
import dev.shades.core.model.Fact;
import dev.shades.core.model.FactValue;
import dev.shades.core.model.Facts;
import dev.shades.core.model.Grade;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Release;
import dev.shades.core.read.ReadResult;
import dev.shades.core.read.YamlFile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What the readers of the European Open Source AI Index's files share: the graded parameters ({@code class},
 * {@code link}, {@code notes}), the organisation block, dates, and the facts the readers keep.
 */
final class IndexFiles {
  /** The fact holding the grade of the index's licences parameter: {@code open}, {@code partial} or {@code closed}. */
  static final String LICENSES_GRADE = "licenses-grade";

  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
  private static final List<String> PARAMETER_KEYS = List.of("class", "link", "notes");

  private IndexFiles() {}

  /**
   * One graded parameter of an index version.
   *
   * @param key the key in the file, e.g. {@code weights_endmodel}
   * @param name the index's name for it, e.g. {@code End User Model Weights}
   * @param kind the component kind that carries its grade; empty for the licences parameter, whose grade is the
   *     release fact {@link #LICENSES_GRADE}
   * @param extraKeys keys the index's files use inside this parameter besides class, link and notes
   */
  record Parameter(String key, String name, Optional<ComponentKind> kind, List<String> extraKeys) {
    static Parameter of(String key, String name, ComponentKind kind) {
      return new Parameter(key, name, Optional.of(kind), List.of());
    }

    static Parameter licenses(String key, String name) {
      return new Parameter(key, name, Optional.empty(), List.of());
    }

    Parameter withExtraKeys(String... keys) {
      return new Parameter(key, name, kind, List.of(keys));
    }
  }

  /** A parameter as read: its grade (empty when missing or unreadable), links and notes. */
  record Graded(Optional<Grade> grade, List<Evidence> evidence, Optional<String> notes) {}

  /**
   * A file's top-level mapping, or empty (with its diagnostics in {@code yaml}) when the file is not one.
   *
   * @param what the file, as a message names it ("an Opening up ChatGPT project file")
   */
  static Optional<Map<String, YamlFile.Field>> top(YamlFile yaml, String what) {
    return yaml.root().flatMap(root -> yaml.mapping(root, what, null));
  }

  /**
   * The block naming the model ({@code system} or {@code project}) and its name, checked against the keys it may
   * have; empty (with its diagnostics in {@code yaml}) when it is missing or unnamed.
   */
  static Optional<Map<String, YamlFile.Field>> namedBlock(YamlFile yaml, Map<String, YamlFile.Field> top,
      String key, List<String> keys, String fileWhat) {
    YamlFile.Field field = top.get(key);
    if (field == null) {
      yaml.missing(yaml.root().orElseThrow(), key, fileWhat);
      return Optional.empty();
    }
    Optional<Map<String, YamlFile.Field>> block = yaml.mapping(field.value(), "'" + key + "'", null);
    if (block.isEmpty()) {
      return Optional.empty();
    }
    warnUnknown(yaml, block.get(), keys, "'" + key + "'");
    if (text(yaml, block.get(), "name").isEmpty()) {
      if (!wrongType(block.get(), "name")) {
        yaml.missing(field.value(), "name", "'" + key + "'");
      }
      return Optional.empty();
    }
    return block;
  }

  /** A release named by the block, with its {@code link} as homepage and evidence (with the block's notes). */
  static Release.Builder release(YamlFile yaml, Map<String, YamlFile.Field> block, List<Evidence> evidence) {
    Release.Builder b = Release.builder(text(yaml, block, "name").orElseThrow());
    Optional<String> notes = text(yaml, block, "notes");
    List<String> urls = links(yaml, block, "the system").stream().map(Link::text).filter(IndexFiles::isUrl)
        .toList();
    // The first link is the homepage; a block may give several (a base model's page and a fine-tune's).
    urls.stream().findFirst().ifPresent(b::homepage);
    urls.forEach(u -> evidence.add(new Evidence(u, Optional.empty(), notes)));
    return b;
  }

  /** One entry of a {@code link} field, with its node for diagnostics. */
  record Link(String text, Node node) {}

  /**
   * The non-empty entries of a block's {@code link}: one URL, or a list of them (the index's files use both, in
   * parameters and in the system and organisation blocks).
   */
  static List<Link> links(YamlFile yaml, Map<String, YamlFile.Field> block, String what) {
    YamlFile.Field link = block.get("link");
    if (link == null || YamlFile.isNull(link.value())) {
      return List.of();
    }
    List<Node> nodes = link.value() instanceof org.snakeyaml.engine.v2.nodes.SequenceNode
        ? yaml.list(link.value(), "the 'link' of " + what).orElse(List.of())
        : List.of(link.value());
    List<Link> out = new ArrayList<>();
    for (Node node : nodes) {
      yaml.scalar(node, "the 'link' of " + what).map(String::strip).filter(u -> !u.isEmpty())
          .ifPresent(u -> out.add(new Link(u, node)));
    }
    return out;
  }

  /** The result: the release with its evidence and facts, unless the file had errors. */
  static ReadResult finish(YamlFile yaml, String format, Release.Builder b, List<Evidence> evidence,
      Map<String, Fact<FactValue>> facts) {
    b.evidence(evidence);
    b.facts(new Facts(facts));
    if (yaml.hasErrors()) {
      return ReadResult.failed(Optional.of(format), yaml.diagnostics());
    }
    return ReadResult.of(format, b.build(), yaml.diagnostics());
  }

  /** The parameters by key, in order. */
  static Map<String, Parameter> byKey(List<Parameter> parameters) {
    Map<String, Parameter> m = new LinkedHashMap<>();
    parameters.forEach(p -> m.put(p.key(), p));
    return m;
  }

  /**
   * Reads every parameter of a version into the release: a component of the parameter's kind with the declared
   * grade, or the {@link #LICENSES_GRADE} fact. A parameter the file does not have is reported as a warning and left
   * out: its grade is missing, which the index scores 0.
   */
  static void parameters(YamlFile yaml, Node root, Map<String, YamlFile.Field> top, List<Parameter> parameters,
      String version, Map<ComponentKind, LicenseStatement> licences, Release.Builder release,
      Map<String, Fact<FactValue>> facts) {
    Map<ComponentKind, LicenseStatement> left = new LinkedHashMap<>(licences);
    for (Parameter p : parameters) {
      YamlFile.Field field = top.get(p.key());
      if (field == null) {
        yaml.warning(YamlFile.MISSING_FIELD, "the file has no '" + p.key() + "' (" + p.name() + "); its grade is "
            + "missing, which " + version + " scores 0", root);
        continue;
      }
      Graded g = parameter(yaml, field, p);
      if (p.kind().isPresent()) {
        Component.Builder c = Component.builder(p.kind().get()).evidence(g.evidence());
        g.grade().ifPresent(c::grade);
        g.notes().ifPresent(c::notes);
        Optional.ofNullable(left.remove(p.kind().get())).ifPresent(c::license);
        release.component(c.build());
      } else if (g.grade().isPresent()) {
        facts.put(LICENSES_GRADE, new Fact<>(new FactValue.Text(g.grade().get().id()), g.notes(), g.evidence()));
      }
    }
    // A licence stated for a component whose parameter is missing: the component, with its licence only.
    left.forEach((kind, licence) -> release.component(Component.builder(kind).license(licence).build()));
  }

  private static Graded parameter(YamlFile yaml, YamlFile.Field field, Parameter p) {
    String what = "'" + p.key() + "'";
    if (YamlFile.isNull(field.value())) {
      yaml.warning(YamlFile.MISSING_FIELD, what + " (" + p.name() + ") is empty; its grade is missing, which the "
          + "index scores 0", field.key());
      return new Graded(Optional.empty(), List.of(), Optional.empty());
    }
    Optional<Map<String, YamlFile.Field>> m = yaml.mapping(field.value(), what, null);
    if (m.isEmpty()) {
      return new Graded(Optional.empty(), List.of(), Optional.empty());
    }
    Map<String, YamlFile.Field> f = m.get();
    List<String> known = new ArrayList<>(PARAMETER_KEYS);
    known.addAll(p.extraKeys());
    for (YamlFile.Field k : f.values()) {
      if (!known.contains(k.name())) {
        yaml.warning(YamlFile.UNKNOWN_FIELD, "unknown key '" + k.name() + "' in " + what
            + Suggestions.didYouMean(k.name(), known) + "; it is left out", k.key());
      }
    }
    Optional<Grade> grade = Optional.empty();
    YamlFile.Field cls = f.get("class");
    if (cls == null || YamlFile.isNull(cls.value())) {
      yaml.warning(YamlFile.MISSING_FIELD, what + " (" + p.name() + ") has no 'class'; its grade is missing, which "
          + "the index scores 0", cls == null ? field.key() : cls.key());
    } else {
      Optional<String> value = yaml.scalar(cls.value(), "the 'class' of " + what).map(String::strip);
      if (value.isPresent()) {
        grade = Grade.fromId(value.get()).filter(x -> x.id().equals(value.get()));
        if (grade.isEmpty()) {
          yaml.warning("unknown-value", "'" + value.get() + "' is not a grade of the index (open, partial or "
              + "closed)" + Suggestions.didYouMean(value.get(), Grade.ids()) + "; the grade of " + what
              + " is left out, and the index scores it 0", cls.value());
        }
      }
    }
    Optional<String> notes = text(yaml, f, "notes");
    // Sub-grades some parameters carry (the 14-parameter version's 'api' has 'metaprompt'): kept in the notes.
    for (String extra : p.extraKeys()) {
      Optional<String> v = text(yaml, f, extra);
      if (v.isPresent()) {
        String more = extra + ": " + v.get();
        notes = Optional.of(notes.map(n -> n + " (" + more + ")").orElse(more));
      }
    }
    Optional<String> note = notes;
    List<Evidence> evidence = new ArrayList<>();
    for (Link l : links(yaml, f, what)) {
      if (isUrl(l.text())) {
        evidence.add(new Evidence(l.text(), Optional.empty(), note));
      } else {
        yaml.warning("invalid-url", "'" + l.text() + "' is not a URL; it is left out of the evidence", l.node());
      }
    }
    return new Graded(grade, evidence, note);
  }

  /** The organisation block: its name is the release's producer; its link is evidence for it. */
  static void org(YamlFile yaml, Map<String, YamlFile.Field> top, Release.Builder release, List<Evidence> evidence) {
    YamlFile.Field org = top.get("org");
    if (org == null || YamlFile.isNull(org.value())) {
      return;
    }
    yaml.mapping(org.value(), "'org'", null).ifPresent(o -> {
      warnUnknown(yaml, o, List.of("name", "link", "notes"), "'org'");
      Optional<String> name = text(yaml, o, "name");
      name.ifPresent(release::producer);
      Optional<String> note = Optional.of("producer" + name.map(n -> " " + n).orElse("")
          + text(yaml, o, "notes").map(n -> ": " + n).orElse(""));
      links(yaml, o, "'org'").stream().map(Link::text).filter(IndexFiles::isUrl)
          .forEach(u -> evidence.add(new Evidence(u, Optional.empty(), note)));
    });
  }

  /**
   * A release date: {@code YYYY-MM-DD}, or {@code YYYY-MM} (as the index records it), read as the first day of
   * that month; anything else is reported and left out.
   */
  static void date(YamlFile yaml, YamlFile.Field field, Release.Builder release) {
    Optional<String> text = YamlFile.isNull(field.value()) ? Optional.empty()
        : yaml.scalar(field.value(), "'" + field.name() + "'").map(String::strip).filter(s -> !s.isEmpty());
    if (text.isEmpty()) {
      return;
    }
    Matcher m = DATE.matcher(text.get());
    try {
      if (m.matches()) {
        release.released(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            m.group(3) == null ? 1 : Integer.parseInt(m.group(3))));
        return;
      }
    } catch (java.time.DateTimeException e) {
      // reported below
    }
    yaml.warning("invalid-date", "'" + text.get() + "' is not a date (YYYY-MM or YYYY-MM-DD); the release date is "
        + "left out", field.value());
  }

  /** A text fact, unless the value is empty or says it is unknown. */
  static void textFact(YamlFile yaml, Map<String, YamlFile.Field> f, String key, String factKey,
      Map<String, Fact<FactValue>> facts) {
    text(yaml, f, key).filter(v -> !isUnknown(v)).ifPresent(v -> facts.put(factKey, Fact.of(new FactValue.Text(v))));
  }

  /** True for the index's ways of saying it does not know: {@code unknown}, {@code Unknown}, {@code unspecified}. */
  static boolean isUnknown(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    return v.isEmpty() || v.equals("unknown") || v.equals("unspecified");
  }

  /** A non-empty text value, stripped. */
  static Optional<String> text(YamlFile yaml, Map<String, YamlFile.Field> f, String key) {
    YamlFile.Field field = f.get(key);
    if (field == null || YamlFile.isNull(field.value())) {
      return Optional.empty();
    }
    return yaml.scalar(field.value(), "'" + key + "'").map(String::strip).filter(s -> !s.isEmpty());
  }

  /** True when the key is there with a list or mapping as its value: that was reported as the wrong type already. */
  static boolean wrongType(Map<String, YamlFile.Field> f, String key) {
    YamlFile.Field field = f.get(key);
    return field != null && !(field.value() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode);
  }

  /** Warns about keys a block does not define; they are left out. */
  static void warnUnknown(YamlFile yaml, Map<String, YamlFile.Field> f, Collection<String> known, String what) {
    for (YamlFile.Field k : f.values()) {
      if (!known.contains(k.name())) {
        yaml.warning(YamlFile.UNKNOWN_FIELD, "unknown key '" + k.name() + "' in " + what
            + Suggestions.didYouMean(k.name(), known) + "; it is left out", k.key());
      }
    }
  }

  static boolean isUrl(String s) {
    return s.startsWith("https://") || s.startsWith("http://");
  }
}
