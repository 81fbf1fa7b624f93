package dev.shades.formats.shades;

import dev.shades.core.diagnostic.SourceLocation;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.license.LicenseExpression;
import dev.shades.core.license.LicenseReader;
import dev.shades.core.license.LicenseReader.Reading;
import dev.shades.core.model.AccessChannel;
import dev.shades.core.model.BaseRelease;
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
import dev.shades.core.model.LicenseDefaults;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Part;
import dev.shades.core.model.Release;
import dev.shades.core.model.StandardFact;
import dev.shades.core.read.ReadOptions;
import dev.shades.core.read.ShadesFormatReader;
import dev.shades.formats.shades.WriteResult.Omission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes a {@link Release} — read from any format — in Shades' own description format, version 1
 * ({@code docs/description-format.md}), so that {@link ShadesFormatReader} reads back an equal release.
 *
 * <p>Everything the format can say is written: the release's metadata, evidence (with notes and dates checked),
 * default licences, standard and free-form facts (with notes and evidence), every component with its availability,
 * licence, completeness, declared grade, locations, evidence, notes, parts and training-data information, and the
 * base release (inline, or as the file it was read from). Licence statements: an expression as its canonical
 * text, no licence as {@code none}, an inherited licence as no {@code license} key.
 *
 * <p>The format holds only SPDX expressions (custom licences as {@code LicenseRef-…}), so licence text another
 * format kept exactly as written ({@link LicenseStatement.Unrecognised}) is mapped, as the Shades reader would read
 * it: text that is an SPDX expression is written as that expression; text that is a known alias of a licence
 * ({@code Apache 2.0}, {@code Gemma Terms of Use}) as the alias's canonical expression ({@code Apache-2.0}); the
 * text {@code none} as {@code none}; any other text as a {@code LicenseRef-} made of it ({@code Undisclosed} as
 * {@code LicenseRef-Undisclosed}: a licence Shades knows no traits of, as it knew none of the text); text with no
 * letter or digit is left unstated, so that it reads as inherited, or as unknown. Each is noted, because
 * explanations then show the expression rather than the text, and definitions that compare licence strings
 * exactly (such as {@code mof-mot}) may judge an alias's canonical id differently from the text.
 *
 * <p>Everything changed or left out is listed in {@link WriteResult#omissions()} and in a comment at the top of the
 * text: licence text as above, a link that is not an http(s) URL, a fact whose value does not fit its standard type,
 * an access channel the format does not know, a non-finite number, a component kind the reader's catalogue does not
 * have, training-data information on another component, and a licence expression the reader would not read back
 * (an id its knowledge lacks: left unstated) or would read back differently.
 *
 * <p>The text is deterministic: keys in the format's order, components, facts and lists in the release's order. It
 * is YAML 1.2 with every string quoted where YAML (1.2 or 1.1) could read it as something else ({@code 'yes'},
 * {@code '1.0'}, {@code 'null'}), and strings with line breaks or invisible characters double-quoted with escapes,
 * so that each value stands on one line. (Text with an unpaired UTF-16 surrogate, which no reader of a UTF-8 file
 * produces, is written with U+FFFD in its place.) Instances are immutable and thread-safe.
 */
public final class DescriptionWriter {
  /** Lists of short scalars up to this width are written on one line ({@code [a, b]}). */
  private static final int FLOW_WIDTH = 80;
  /**
   * Text that YAML 1.1 (still read by many tools) resolves to a boolean, number, date or null although YAML 1.2 reads
   * it as text; quoted so that every tool reads it as text.
   */
  private static final Pattern YAML11_SPECIAL = Pattern.compile("(?i)y|n|yes|no|on|off|true|false|null|~|<<|="
      + "|[-+]?(\\d[\\d_]*)?(\\.[\\d_]*)?(e[-+]?\\d+)?|[-+]?0[xob][0-9a-f_]+|[-+]?\\d[\\d_]*(:[0-5]?\\d)+(\\.[\\d_]*)?"
      + "|\\d{4}-\\d\\d?-\\d\\d?([t\\s].*)?|[-+]?\\.(inf|nan)");
  private static final String EXACT_CAVEAT = "definitions that compare licence strings exactly, such as mof-mot, "
      + "may judge it differently";
  private static final Set<String> SECTIONS = Set.of("base:", "licenses:", "facts:", "components:");

  private final ReadOptions options;
  private final LicenseReader licenses;
  private final LicenseReader sourceLicenses;
  private final DumpSettings settings;

  private DescriptionWriter(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.licenses = new LicenseReader(options.knowledge(), options.strictLicenses());
    this.sourceLicenses = new LicenseReader(options.knowledge(), false);
    this.settings = DumpSettings.builder()
        .setSchema(new CoreSchema())
        .setDefaultFlowStyle(FlowStyle.BLOCK)
        .setIndent(2)
        .setIndicatorIndent(2)
        .setIndentWithIndicator(true)
        .setSplitLines(false)
        .setWidth(Integer.MAX_VALUE)
        .setMaxSimpleKeyLength(1024)
        .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
        .build();
  }

  /** A writer for readers with the default options (the standard licence knowledge and component catalogue). */
  public static DescriptionWriter create() {
    return new DescriptionWriter(ReadOptions.defaults());
  }

  /**
   * A writer whose output the reader with these options reads back: licences are checked against its knowledge
   * (and strictness), component kinds against its catalogue.
   *
   * @param options the options the text will be read with
   */
  public static DescriptionWriter forReading(ReadOptions options) {
    return new DescriptionWriter(options);
  }

  /**
   * Writes a release.
   *
   * @param release the release
   * @return the text, and what the format could not hold
   */
  public WriteResult write(Release release) {
    Objects.requireNonNull(release, "release");
    Run run = new Run();
    List<NodeTuple> top = new ArrayList<>();
    top.add(tuple("shades", new ScalarNode(Tag.INT, Integer.toString(ShadesFormatReader.FORMAT_VERSION),
        ScalarStyle.PLAIN)));
    run.release(release, top, "");
    String body = layout(dump(new MappingNode(Tag.MAP, top, FlowStyle.BLOCK)));
    StringBuilder text = new StringBuilder();
    if (!run.omissions.isEmpty()) {
      text.append("# Written by Shades. The description format cannot hold the following as the source stated "
          + "it:\n");
      for (Omission o : run.omissions) {
        text.append("#   ").append(o.describe()).append('\n');
      }
      text.append('\n');
    }
    return new WriteResult(text.append(body).toString(), run.omissions);
  }

  /** The defaults as the written text states them. */
  private LicenseDefaults held(LicenseDefaults d) {
    Map<ContentType, LicenseStatement> byType = new EnumMap<>(ContentType.class);
    for (ContentType type : ContentType.values()) {
      LicenseStatement s = held(d.forType(type));
      if (!(s instanceof LicenseStatement.Inherit)) {
        byType.put(type, s);
      }
    }
    return new LicenseDefaults(held(d.all()), byType);
  }

  /**
   * A licence statement as the written text states it. The format holds SPDX expressions and {@code none} only:
   * text another format kept as written becomes the expression it is, or the canonical expression of the known
   * alias it is (read as the Shades reader reads a licence), {@code none} for the text none, else a
   * {@code LicenseRef-} made of the text, else unstated ({@link LicenseStatement.Inherit}); an expression the
   * reader would not read back is unstated too.
   */
  private LicenseStatement held(LicenseStatement statement) {
    if (statement instanceof LicenseStatement.Unrecognised u) {
      Reading source = readSource(u.text());
      if (u.text().strip().equalsIgnoreCase("none")) {
        return LicenseStatement.none();
      }
      if (source.hasErrors() || !(source.statement() instanceof LicenseStatement.Expression e)) {
        // Not an expression: a licence all the same, one Shades knows nothing of; a LicenseRef says exactly that.
        return licenseRef(u.text()).<LicenseStatement>map(LicenseStatement::of).orElse(LicenseStatement.inherit());
      }
      Reading back = readBack(e.describe());
      return back.hasErrors() || !back.statement().equals(e) ? LicenseStatement.inherit() : e;
    }
    if (statement instanceof LicenseStatement.Expression e) {
      Reading back = readBack(e.describe());
      return back.hasErrors() ? LicenseStatement.inherit() : back.statement();
    }
    return statement;
  }

  /**
   * The {@code LicenseRef-} that stands for licence text which is neither an SPDX expression nor a known alias:
   * {@code LicenseRef-} and the text with every run of characters an SPDX id cannot hold made one hyphen
   * ({@code Baichuan-7B License} becomes {@code LicenseRef-Baichuan-7B-License}); empty for text with no letter or
   * digit in it.
   */
  static Optional<LicenseExpression> licenseRef(String text) {
    String id = text.strip().replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    return id.isEmpty() ? Optional.empty() : Optional.of(LicenseExpression.Simple.of("LicenseRef-" + id));
  }

  /** Licence text from another format, read as the Shades reader reads a licence (aliases allowed). */
  private Reading readSource(String text) {
    return sourceLicenses.read(text, SourceLocation.startOf("licence"), SourceText.of("licence", text));
  }

  /** Licence text as the reader of the written text reads it. */
  private Reading readBack(String text) {
    return licenses.read(text, SourceLocation.startOf("licence"), SourceText.of("licence", text));
  }

  /** One writing: the omissions found so far. */
  private final class Run {
    final List<Omission> omissions = new ArrayList<>();

    void omit(String path, String message) {
      omissions.add(new Omission(path, oneLine(message)));
    }

    /** What leaving a licence unstated means for a component (or part) of this content type. */
    private String inherited(ContentType type, LicenseDefaults held, String it, String as) {
      LicenseStatement byType = held.forType(type);
      if (!(byType instanceof LicenseStatement.Inherit)) {
        return "so " + it + " inherits the release default for " + type.id() + ", " + byType.describe() + as;
      }
      if (!(held.all() instanceof LicenseStatement.Inherit)) {
        return "so " + it + " inherits the release default, " + held.all().describe() + as;
      }
      return "read as unknown";
    }

    /** The fields of a release (the top level, or an inline base), in the format's order. */
    void release(Release r, List<NodeTuple> out, String at) {
      out.add(tuple("name", text(r.name())));
      r.version().ifPresent(v -> out.add(tuple("version", text(v))));
      r.producer().ifPresent(v -> out.add(tuple("producer", text(v))));
      r.released().ifPresent(d -> out.add(tuple("released", date(d))));
      r.modality().ifPresent(m -> out.add(tuple("modality", text(m.id()))));
      r.homepage().ifPresent(h -> url(h, at + "homepage").ifPresent(u -> out.add(tuple("homepage", u))));
      evidence(r.evidence(), at + "evidence").ifPresent(e -> out.add(tuple("evidence", e)));
      r.base().ifPresent(b -> out.add(tuple("base", base(b, at + "base."))));
      LicenseDefaults held = held(r.licenses());
      licenseDefaults(r.licenses(), held, at + "licenses.").ifPresent(l -> out.add(tuple("licenses", l)));
      facts(r.facts().values(), at + "facts.").ifPresent(f -> out.add(tuple("facts", f)));
      List<NodeTuple> components = new ArrayList<>();
      for (Component c : r.components().values()) {
        component(c, held, at + "components." + c.kind().id())
            .ifPresent(n -> components.add(tuple(c.kind().id(), n)));
      }
      if (!components.isEmpty()) {
        out.add(tuple("components", map(components)));
      }
    }

    private Node base(BaseRelease b, String at) {
      List<NodeTuple> out = new ArrayList<>();
      out.add(tuple("relation", text(b.relation().id())));
      if (b.file().isPresent()) {
        // A base read from its own file stays a reference to that file, as the description wrote it.
        out.add(tuple("file", text(b.file().get())));
      } else {
        release(b.release(), out, at);
      }
      return map(out);
    }

    private Optional<Node> licenseDefaults(LicenseDefaults d, LicenseDefaults held, String at) {
      List<NodeTuple> out = new ArrayList<>();
      license(d.all(), at + "default", () -> "components that would inherit it have an unknown licence")
          .ifPresent(l -> out.add(tuple("default", l)));
      for (ContentType type : ContentType.values()) {
        Supplier<String> then = () -> held.all() instanceof LicenseStatement.Inherit
            ? type.id() + " components that would inherit it have an unknown licence"
            : type.id() + " components that would inherit it inherit the release default, "
                + held.all().describe() + ", instead";
        license(d.forType(type), at + type.id(), then).ifPresent(l -> out.add(tuple(type.id(), l)));
      }
      return out.isEmpty() ? Optional.empty() : Optional.of(map(out));
    }

    /**
     * A licence statement as the format writes it; empty for no {@code license} key (inherit). What the format
     * cannot hold as stated is noted: text kept as written becomes the expression it is or the canonical
     * expression of the alias it is, else a {@code LicenseRef-} made of it, else it is left unstated.
     *
     * @param unstated what leaving the licence unstated means here, for the note
     */
    private Optional<Node> license(LicenseStatement statement, String at, Supplier<String> unstated) {
      if (statement instanceof LicenseStatement.Inherit) {
        return Optional.empty();
      }
      if (statement instanceof LicenseStatement.NoLicense) {
        return Optional.of(text("none"));
      }
      LicenseStatement written = held(statement);
      if (statement instanceof LicenseStatement.Unrecognised u) {
        String was = quote(u.text());
        Reading source = readSource(u.text());
        boolean expressionText = !source.hasErrors() && source.statement() instanceof LicenseStatement.Expression;
        if (!expressionText && written instanceof LicenseStatement.Expression ref) {
          omit(at, was + " is not an SPDX expression or a known alias; written as " + ref.describe() + ", a licence "
              + "Shades knows no traits of, as it knew none of the text (" + EXACT_CAVEAT + ")");
          return Optional.of(text(ref.describe()));
        }
        if (written instanceof LicenseStatement.Expression e) {
          String canonical = e.describe();
          Reading reading = readSource(u.text());
          boolean simple = e.expression() instanceof LicenseExpression.Simple;
          if (reading.diagnostics().stream().anyMatch(d -> d.code().equals(LicenseReader.ALIAS))) {
            omit(at, was + " is not an SPDX expression; written as its canonical " + (simple ? "id " : "expression ")
                + canonical + " (" + EXACT_CAVEAT + ")");
          } else if (canonical.equals(u.text())) {
            omit(at, was + " was licence text kept as written; written as the SPDX expression it is"
                + (simple ? "" : " (definitions that compare licence strings exactly, such as mof-mot, now compare "
                    + "each licence in it)"));
          } else {
            omit(at, was + " is written as the SPDX expression " + canonical + " (" + EXACT_CAVEAT + ")");
          }
          return Optional.of(text(canonical));
        }
        if (written instanceof LicenseStatement.NoLicense) {
          omit(at, was + " as licence text: written as none (released without a licence)");
          return Optional.of(text("none"));
        }
        omit(at, "licence text " + was + " names no licence; left unstated (" + unstated.get() + ")");
        return Optional.empty();
      }
      String expression = statement.describe();
      if (written instanceof LicenseStatement.Inherit) {
        omit(at, "licence expression " + quote(expression) + " cannot be read back as an expression ("
            + readBack(expression).diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow()
                .message() + "); left unstated (" + unstated.get() + ")");
        return Optional.empty();
      }
      if (!written.equals(statement)) {
        omit(at, "licence expression " + quote(expression) + " reads back as " + quote(written.describe()));
      }
      return Optional.of(text(expression));
    }


    // ---- facts --------------------------------------------------------------------------------------------

    private Optional<Node> facts(Map<String, Fact<FactValue>> facts, String at) {
      List<NodeTuple> out = new ArrayList<>();
      for (Map.Entry<String, Fact<FactValue>> e : facts.entrySet()) {
        String where = at + e.getKey();
        Optional<StandardFact> standard = StandardFact.fromKey(e.getKey());
        Optional<Node> value = standard.isPresent()
            ? standardValue(standard.get(), e.getValue().value(), where)
            : freeValue(e.getValue().value(), where);
        value.ifPresent(v -> out.add(tuple(e.getKey(), fact(e.getValue(), v, where))));
      }
      return out.isEmpty() ? Optional.empty() : Optional.of(map(out));
    }

    /** A fact's value alone, or {@code {value, note, evidence}} when it has a note or evidence. */
    private Node fact(Fact<?> fact, Node value, String at) {
      Optional<Node> evidence = evidence(fact.evidence(), at + ".evidence");
      if (fact.note().isEmpty() && evidence.isEmpty()) {
        return value;
      }
      List<NodeTuple> out = new ArrayList<>();
      out.add(tuple("value", value));
      fact.note().ifPresent(n -> out.add(tuple("note", text(n))));
      evidence.ifPresent(e -> out.add(tuple("evidence", e)));
      return map(out);
    }

    private Optional<Node> standardValue(StandardFact fact, FactValue value, String at) {
      boolean fits = switch (fact.type()) {
        case "boolean" -> value instanceof FactValue.Bool;
        case "number" -> value instanceof FactValue.Number;
        default -> value instanceof FactValue.TextList;
      };
      if (!fits) {
        omit(at, "'" + fact.key() + "' must be " + (fact.type().equals("list") ? "a list of access channels"
            : "a " + fact.type()) + " in this format, but the release states the " + value.typeName() + " "
            + quote(value.toString()) + "; the fact is left out");
        return Optional.empty();
      }
      if (value instanceof FactValue.TextList list) {
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < list.values().size(); i++) {
          String channel = list.values().get(i);
          if (AccessChannel.fromId(channel).map(AccessChannel::id).filter(channel::equals).isPresent()) {
            items.add(text(channel));
          } else {
            omit(at + "[" + i + "]", "access channel " + quote(channel) + " is not one the format knows ("
                + String.join(", ", AccessChannel.ids()) + "); it is left out");
          }
        }
        return Optional.of(list(items));
      }
      return freeValue(value, at);
    }

    private Optional<Node> freeValue(FactValue value, String at) {
      if (value instanceof FactValue.Bool b) {
        return Optional.of(new ScalarNode(Tag.BOOL, Boolean.toString(b.value()), ScalarStyle.PLAIN));
      }
      if (value instanceof FactValue.Number n) {
        if (!Double.isFinite(n.value())) {
          omit(at, "the number " + n.value() + " is not finite, and the format holds only finite numbers; the "
              + "fact is left out");
          return Optional.empty();
        }
        return Optional.of(number(n.value()));
      }
      if (value instanceof FactValue.Text t) {
        return Optional.of(text(t.value()));
      }
      return Optional.of(list(((FactValue.TextList) value).values().stream().<Node>map(DescriptionWriter::text)
          .toList()));
    }

    // ---- components ---------------------------------------------------------------------------------------

    private Optional<Node> component(Component c, LicenseDefaults held, String at) {
      ComponentCatalog catalog = options.catalog();
      Optional<ComponentKind> known = catalog.find(c.kind().id());
      if (known.isEmpty()) {
        omit(at, "component kind '" + c.kind().id() + "' is not in the component catalogue the description is "
            + "read with; the component is left out");
        return Optional.empty();
      }
      if (!known.get().equals(c.kind())) {
        omit(at, "component kind '" + c.kind().id() + "' differs from the catalogue's kind of that id (" + c.kind()
            + "); it is written as the catalogue's");
      }
      List<NodeTuple> out = new ArrayList<>();
      out.add(tuple("availability", text(c.availability().id())));
      license(c.license(), at + ".license", () -> inherited(c.kind().contentType(), held, "it", ""))
          .ifPresent(l -> out.add(tuple("license", l)));
      c.completeness().ifPresent(x -> out.add(tuple("completeness", text(x.id()))));
      c.grade().ifPresent(g -> out.add(tuple("grade", text(g.id()))));
      locations(c.locations(), at + ".locations").ifPresent(l -> out.add(tuple("locations", l)));
      evidence(c.evidence(), at + ".evidence").ifPresent(e -> out.add(tuple("evidence", e)));
      c.notes().ifPresent(n -> out.add(tuple("notes", text(n))));
      List<Node> parts = new ArrayList<>();
      for (int i = 0; i < c.parts().size(); i++) {
        parts.add(part(c.parts().get(i), c, held, at + ".parts[" + i + "]"));
      }
      if (!parts.isEmpty()) {
        out.add(tuple("parts", list(parts)));
      }
      if (c.dataInformation().isPresent()) {
        if (c.kind().id().equals(ComponentCatalog.TRAINING_DATA_INFORMATION.id())) {
          out.add(tuple("information", information(c.dataInformation().get(), at + ".information")));
        } else {
          omit(at + ".information", "the format holds training-data information only on '"
              + ComponentCatalog.TRAINING_DATA_INFORMATION.id() + "'; it is left out");
        }
      }
      return Optional.of(map(out));
    }

    private Node part(Part p, Component c, LicenseDefaults held, String at) {
      List<NodeTuple> out = new ArrayList<>();
      out.add(tuple("name", text(p.name())));
      out.add(tuple("availability", text(p.availability().id())));
      Supplier<String> unstated = () -> {
        LicenseStatement own = held(c.license());
        return own instanceof LicenseStatement.Inherit
            ? inherited(c.kind().contentType(), held, "it", ", as the component does")
            : "so it inherits the component's licence, " + own.describe();
      };
      license(p.license(), at + ".license", unstated).ifPresent(l -> out.add(tuple("license", l)));
      locations(p.locations(), at + ".locations").ifPresent(l -> out.add(tuple("locations", l)));
      evidence(p.evidence(), at + ".evidence").ifPresent(e -> out.add(tuple("evidence", e)));
      return map(out);
    }

    private Node information(DataInformation info, String at) {
      List<NodeTuple> out = new ArrayList<>();
      for (DataInformationAspect aspect : DataInformationAspect.values()) {
        Fact<Disclosure> fact = info.aspects().get(aspect);
        if (fact != null) {
          out.add(tuple(aspect.id(), fact(fact, text(fact.value().id()), at + "." + aspect.id())));
        }
      }
      sources(info.publicSources(), at + ".public-sources").ifPresent(s -> out.add(tuple("public-sources", s)));
      sources(info.thirdPartySources(), at + ".third-party-sources")
          .ifPresent(s -> out.add(tuple("third-party-sources", s)));
      return map(out);
    }

    private Optional<Node> sources(List<DataSource> sources, String at) {
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        DataSource s = sources.get(i);
        List<NodeTuple> fields = new ArrayList<>();
        fields.add(tuple("name", text(s.name())));
        String where = at + "[" + i + "].location";
        s.location().flatMap(l -> url(l, where)).ifPresent(l -> fields.add(tuple("location", l)));
        out.add(map(fields));
      }
      return out.isEmpty() ? Optional.empty() : Optional.of(list(out));
    }

    // ---- links --------------------------------------------------------------------------------------------

    private Optional<Node> locations(List<String> locations, String at) {
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < locations.size(); i++) {
        url(locations.get(i), at + "[" + i + "]").ifPresent(out::add);
      }
      return out.isEmpty() ? Optional.empty() : Optional.of(list(out));
    }

    /** Evidence as one URL when it is just that, else a list of URLs and {url, checked, note} items. */
    private Optional<Node> evidence(List<Evidence> evidence, String at) {
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < evidence.size(); i++) {
        Evidence e = evidence.get(i);
        String where = evidence.size() == 1 ? at : at + "[" + i + "]";
        Optional<Node> url = url(e.url(), where);
        if (url.isEmpty()) {
          continue;
        }
        if (e.checked().isEmpty() && e.note().isEmpty()) {
          out.add(url.get());
        } else {
          List<NodeTuple> fields = new ArrayList<>();
          fields.add(tuple("url", url.get()));
          e.checked().ifPresent(d -> fields.add(tuple("checked", date(d))));
          e.note().ifPresent(n -> fields.add(tuple("note", text(n))));
          out.add(map(fields));
        }
      }
      if (out.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(out.size() == 1 && out.get(0) instanceof ScalarNode ? out.get(0) : list(out));
    }

    /** A link the reader accepts as it is (the reader's rule: http(s), no spaces, no surrounding white space). */
    private Optional<Node> url(String url, String at) {
      boolean ok = url.equals(url.strip()) && (url.startsWith("https://") || url.startsWith("http://"))
          && !url.contains(" ") && url.length() >= "http://x.y".length() + 1;
      if (!ok) {
        omit(at, quote(url) + " is not an http(s) URL as the format requires (no spaces or surrounding white "
            + "space); it is left out");
        return Optional.empty();
      }
      return Optional.of(text(url));
    }
  }

  // ---- YAML ---------------------------------------------------------------------------------------------------

  private static NodeTuple tuple(String key, Node value) {
    return new NodeTuple(text(key), value);
  }

  private static MappingNode map(List<NodeTuple> tuples) {
    return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
  }

  /**
   * A list: on one line ({@code [a, b]}) when it holds only short texts that need no quotes there, else one item a
   * line (links, whose colon would need quotes on one line).
   */
  private static SequenceNode list(List<Node> items) {
    int width = 0;
    boolean flow = true;
    for (Node n : items) {
      if (n instanceof ScalarNode s && s.getScalarStyle() == ScalarStyle.PLAIN
          && s.getValue().chars().noneMatch(c -> ":,[]{}#'\"".indexOf(c) >= 0)) {
        width += s.getValue().length() + 2;
      } else {
        flow = false;
      }
    }
    return new SequenceNode(Tag.SEQ, items, flow && width <= FLOW_WIDTH ? FlowStyle.FLOW : FlowStyle.BLOCK);
  }

  /**
   * A text scalar. The emitter quotes it wherever YAML 1.2 would read it as something else; YAML 1.1's booleans
   * are quoted too, and text with line breaks or invisible characters is double-quoted with escapes.
   */
  static ScalarNode text(String text) {
    String value = wellFormed(text);
    ScalarStyle style = ScalarStyle.PLAIN;
    if (needsEscapes(value)) {
      style = ScalarStyle.DOUBLE_QUOTED;
    } else if (!value.isEmpty() && YAML11_SPECIAL.matcher(value).matches()) {
      style = ScalarStyle.SINGLE_QUOTED;
    }
    return new ScalarNode(Tag.STR, value, style);
  }

  /**
   * The text with each unpaired UTF-16 surrogate replaced by U+FFFD: UTF-8 cannot hold one, and no reader produces
   * one from a UTF-8 file.
   */
  private static String wellFormed(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(value.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(value.substring(0, i));
        }
        out.append('\ufffd');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }

  private static boolean needsEscapes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff'
          || c == '\ufffe' || c == '\uffff') {
        return true;
      }
    }
    return false;
  }

  /** A date, plain: YAML 1.1 tools may read it as a date, which it is. */
  private static ScalarNode date(LocalDate value) {
    return new ScalarNode(Tag.STR, value.toString(), ScalarStyle.PLAIN);
  }

  /** A number as the reader reads it back to the same double: integers without a fraction, others exactly. */
  private static ScalarNode number(double value) {
    boolean integral = value == Math.rint(value) && Math.abs(value) < 1e15
        && !(value == 0 && Double.doubleToRawLongBits(value) != 0);
    return integral
        ? new ScalarNode(Tag.INT, Long.toString((long) value), ScalarStyle.PLAIN)
        : new ScalarNode(Tag.FLOAT, Double.toString(value), ScalarStyle.PLAIN);
  }

  private String dump(Node root) {
    StringBuilder out = new StringBuilder();
    new Dump(settings).dumpNode(root, new StreamDataWriter() {
      @Override
      public void write(String str) {
        out.append(str);
      }

      @Override
      public void write(String str, int off, int len) {
        out.append(str, off, off + len);
      }
    });
    return out.toString();
  }

  /**
   * Blank lines before the sections and between components, for people reading the file. Safe because every scalar
   * stands on one line: a line indented by exactly two spaces under {@code components:} is a component's key.
   */
  private static String layout(String yaml) {
    StringBuilder out = new StringBuilder(yaml.length() + 64);
    boolean inComponents = false;
    boolean firstComponent = true;
    for (String line : yaml.split("\n", -1)) {
      if (!line.isEmpty() && line.charAt(0) != ' ') {
        String key = line.endsWith(":") ? line : "";
        inComponents = key.equals("components:");
        if (SECTIONS.contains(key)) {
          out.append('\n');
        }
      } else if (inComponents && line.startsWith("  ") && line.length() > 2 && line.charAt(2) != ' ') {
        if (!firstComponent) {
          out.append('\n');
        }
        firstComponent = false;
      }
      out.append(line).append('\n');
    }
    // split keeps an empty last piece after the final line break: one line break too many.
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** A value as messages quote it: in single quotes, with line breaks and other controls escaped. */
  private static String quote(String value) {
    StringBuilder out = new StringBuilder("'");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('\'').toString();
  }

  private static String oneLine(String message) {
    return message.replace('\n', ' ').replace('\r', ' ');
  }
}
