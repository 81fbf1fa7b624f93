package dev.shades.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.SourceLocation;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.diagnostic.Suggestions;
import dev.shades.core.license.ExpressionParser;
import dev.shades.core.license.LicenseExpression;
import dev.shades.core.license.LicenseInfo;
import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.license.LicenseReader;
import dev.shades.core.license.LicenseSource;
import dev.shades.core.license.LicenseTraits;
import dev.shades.core.license.Trait;
import dev.shades.core.license.TraitCategory;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.ContentType;
import dev.shades.core.model.LicenseStatement;
import dev.shades.formats.json.EvaluationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shades licenses [ID|ALIAS|EXPRESSION]}: what Shades knows about a licence. */
@Command(
    name = "licenses",
    header = "Shows what Shades knows about a licence, an alias or an SPDX expression.",
    mixinStandardHelpOptions = true,
    description =
        "Shows what Shades knows about a licence, an alias or an SPDX expression. For a licence: SPDX "
            + "listing, OSI and FSF flags, deprecation, kind, traits, conformance with the Open Source "
            + "Definition, aliases. An alias ('Apache 2.0', 'llama3.1') shows the licence it stands for; an "
            + "expression ('MIT OR Apache-2.0') how each term and the whole expression are judged. Without an "
            + "argument, lists every licence Shades has traits for. Exit 0, or 2 for an unknown licence or a "
            + "malformed expression.")
final class LicensesCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "ID|ALIAS|EXPRESSION", description = "A licence id, an alias or an "
      + "SPDX expression; several words are read as one ('Apache 2.0', 'MIT OR Apache-2.0').")
  List<String> words = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  String format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final LicenseKnowledge knowledge = LicenseKnowledge.standard();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Formats.require(spec, format, "text", "json");
    boolean json = format.equals("json");
    if (words.isEmpty()) {
      if (json) {
        listJson(out);
      } else {
        listText(out);
      }
      out.flush();
      return Main.OK;
    }
    String query = String.join(" ", words).strip();
    Optional<Answer> answer = answer(query, err);
    if (answer.isEmpty()) {
      err.flush();
      return Main.INVALID;
    }
    if (json) {
      JsonGenerator g = EvaluationJson.generator(out);
      answerJson(g, query, answer.get());
      g.flush();
      out.println();
    } else {
      answerText(out, query, answer.get());
    }
    out.flush();
    return Main.OK;
  }

  // ---- what the query is --------------------------------------------------------------------------------

  /** What a query names. */
  private sealed interface Answer {}

  /**
   * A licence, found by its id, an alias or its id in another letter case.
   *
   * @param info the licence
   * @param via how the query named it: {@code id}, {@code alias} or {@code letter-case}
   */
  private record Licence(LicenseInfo info, String via) implements Answer {}

  /**
   * An expression of more than one licence (or a licence with {@code +} or an exception).
   *
   * @param expression the canonical expression
   * @param via {@code expression}, or {@code alias} when an alias stands for it
   */
  private record Expression(LicenseExpression expression, String via) implements Answer {}

  /** An alias that names no particular licence ({@code other}). */
  private record NoParticularLicence() implements Answer {}

  /**
   * A licence exception, written after {@code WITH}.
   *
   * @param id its canonical id
   */
  private record LicenceException(String id) implements Answer {}

  /** The word {@code none}, which descriptions use for "released without a licence". */
  private record NoLicence() implements Answer {}

  private Optional<Answer> answer(String query, PrintWriter err) {
    if (query.isEmpty()) {
      err.println("error: no licence given; name one, or give no argument to list them all");
      return Optional.empty();
    }
    Optional<LicenseInfo> exact = knowledge.find(query);
    if (exact.isPresent()) {
      return Optional.of(new Licence(exact.get(), "id"));
    }
    if (query.equalsIgnoreCase("none")) {
      return Optional.of(new NoLicence());
    }
    Optional<LicenseKnowledge.Alias> alias = knowledge.alias(query);
    if (alias.isPresent()) {
      if (alias.get().target().isEmpty()) {
        return Optional.of(new NoParticularLicence());
      }
      LicenseExpression target = ExpressionParser.parse(alias.get().target().get()).expression().orElseThrow();
      if (target instanceof LicenseExpression.Simple s && !s.orLater() && knowledge.find(s.id()).isPresent()) {
        return Optional.of(new Licence(knowledge.find(s.id()).get(), "alias"));
      }
      return Optional.of(new Expression(target, "alias"));
    }
    Optional<String> cased = knowledge.canonicalId(query);
    if (cased.isPresent()) {
      return Optional.of(new Licence(knowledge.find(cased.get()).orElseThrow(), "letter-case"));
    }
    Optional<String> exception = knowledge.canonicalException(query);
    if (exception.isPresent()) {
      return Optional.of(new LicenceException(exception.get()));
    }
    ExpressionParser.Result parsed = ExpressionParser.parse(query);
    if (parsed.expression().orElse(null) instanceof LicenseExpression.Simple s && !s.orLater()) {
      List<String> candidates = new ArrayList<>(knowledge.ids());
      knowledge.aliases().forEach(a -> candidates.add(a.alias()));
      err.println("error: unknown licence '" + query + "'" + Suggestions.didYouMean(query, candidates));
      return Optional.empty();
    }
    // An expression: read as descriptions read it, so that errors point at the column inside it.
    LicenseReader.Reading reading = new LicenseReader(knowledge, false)
        .read(query, SourceLocation.startOf("licence"), SourceText.of("licence", query));
    if (reading.hasErrors()) {
      reading.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> {
        err.println("error: at column " + d.location().column() + ": " + d.message());
        err.println("  " + query);
        err.println("  " + " ".repeat(d.location().column() - 1) + "^"
            + "~".repeat(Math.max(0, Math.min(d.length(), query.length() - d.location().column() + 1) - 1)));
      });
      return Optional.empty();
    }
    LicenseExpression e = ((LicenseStatement.Expression) reading.statement()).expression();
    return Optional.of(new Expression(e, "expression"));
  }

  // ---- text ---------------------------------------------------------------------------------------------

  private void answerText(PrintWriter out, String query, Answer answer) {
    if (answer instanceof Licence l) {
      LicenseInfo info = l.info();
      out.println(info.id() + ": " + info.name());
      if (!l.via().equals("id")) {
        out.println("  '" + query + "' is " + (l.via().equals("alias") ? "an alias of " : "written in another "
            + "letter case than ") + info.id() + "; descriptions read it as " + info.id() + " with a note");
      }
      licenceText(out, info);
    } else if (answer instanceof Expression x) {
      out.println(x.expression() + ": an SPDX licence expression");
      if (x.via().equals("alias")) {
        out.println("  '" + query + "' is an alias of this expression; descriptions read it so, with a note");
      } else if (!x.expression().toString().equals(query)) {
        out.println("  read as " + x.expression() + " (aliases and letter case made canonical)");
      }
      expressionText(out, x.expression());
    } else if (answer instanceof NoParticularLicence) {
      out.println(query + ": a spelling Shades knows that names no particular licence");
      out.println("  Descriptions must write LicenseRef-<name> for a custom licence, or leave the licence out when "
          + "it is unknown; text read from other formats is kept as written, with no traits.");
    } else if (answer instanceof LicenceException e) {
      out.println(e.id() + ": an SPDX licence exception, written after WITH (such as 'GPL-2.0-only WITH "
          + e.id() + "')");
      out.println("  An exception only adds permissions: the licence keeps its OSI and FSF status and its "
          + "restrictions; a linking exception makes strong copyleft act as weak copyleft.");
    } else {
      out.println("none: in a description, the component was released without any licence");
      out.println("  No licence grants nothing: it fails every licence test and stops inheriting the release's "
          + "default licence.");
    }
  }

  private void licenceText(PrintWriter out, LicenseInfo info) {
    LicenseExpression term = LicenseExpression.Simple.of(info.id());
    row(out, "listed", listing(info));
    row(out, "OSI-approved", info.osiApproved() ? "yes" : "no");
    row(out, "FSF-libre", info.fsfLibre().map(f -> f ? "yes" : "no").orElse("not assessed"));
    row(out, "deprecated", info.deprecated()
        ? "yes" + knowledge.replacementOf(info.id()).map(r -> "; replaced by " + r).orElse("") : "no");
    Optional<LicenseTraits> traits = knowledge.traits(term);
    if (traits.isPresent()) {
      LicenseTraits t = traits.get();
      String from = info.traits().isEmpty() ? knowledge.replacementOf(info.id()).map(r -> " (those of " + r + ")")
          .orElse("") : "";
      row(out, "kind", t.kind().id() + from);
      row(out, "suited to", t.suitedFor().isEmpty() ? "nothing in particular"
          : String.join(", ", t.suitedFor().stream().map(ContentType::id).toList()));
      Map<TraitCategory, List<String>> groups = traitGroups(t);
      if (groups.isEmpty()) {
        row(out, "traits", "none");
      } else {
        out.println("  traits:");
        groups.forEach((category, names) -> out.printf(Locale.ROOT, "    %-14s %s%n", categoryLabel(category) + ":",
            String.join(", ", names)));
      }
    } else {
      row(out, "traits", "none known to Shades");
    }
    row(out, "OSD-conformant", word(knowledge.osdConformant(term)) + " (" + osdReason(term, traits) + ")");
    List<String> aliases = aliasesOf(info.id());
    if (!aliases.isEmpty()) {
      row(out, "aliases", String.join(", ", aliases));
    }
    info.url().ifPresent(u -> row(out, "text", u));
    traits.flatMap(LicenseTraits::note).filter(n -> info.traits().isPresent()).ifPresent(n -> row(out, "note", n));
  }

  private void expressionText(PrintWriter out, LicenseExpression expression) {
    List<LicenseExpression> terms = expression.terms();
    out.println("  terms (" + (expression instanceof LicenseExpression.Or ? "OR: the licensee may choose one"
        : expression instanceof LicenseExpression.And ? "AND: all apply at once" : "a single term") + "):");
    int width = terms.stream().mapToInt(t -> t.toString().length()).max().orElse(0);
    for (LicenseExpression term : terms) {
      out.printf(Locale.ROOT, "    %-" + width + "s  %s%n", term, termSummary(term));
    }
    out.println("  as a whole, as policy tests judge it (OR: satisfied when some term is; AND: when every term "
        + "is):");
    for (Map.Entry<String, Outcome> e : wholeTests(expression).entrySet()) {
      out.printf(Locale.ROOT, "    %-32s %s%n", e.getKey(), word(e.getValue()));
    }
  }

  private String termSummary(LicenseExpression term) {
    LicenseExpression.Simple s = LicenseExpression.licenseOf(term);
    Optional<LicenseInfo> info = knowledge.find(s.id());
    Optional<LicenseTraits> traits = knowledge.traits(term);
    List<String> parts = new ArrayList<>();
    parts.add(info.map(LicenseInfo::name).orElse("not known to Shades"));
    String kind = traits.map(t -> t.kind().id()).orElse("traits unknown");
    Optional<LicenseTraits> own = knowledge.traits(s);
    if (term instanceof LicenseExpression.With w && traits.isPresent() && own.isPresent()
        && own.get().kind() != traits.get().kind()) {
      kind += " (" + own.get().kind().id() + " made " + traits.get().kind().id() + " by the linking exception "
          + w.exception() + ")";
    }
    parts.add(kind);
    parts.add("OSI " + word(knowledge.osiApproved(term)) + ", FSF " + fsfWord(knowledge.fsfLibre(term))
        + ", OSD-conformant " + word(knowledge.osdConformant(term)));
    traits.map(this::restrictions).filter(r -> !r.isEmpty()).ifPresent(r -> parts.add("restricts: " + r));
    return String.join("; ", parts);
  }

  private void listText(PrintWriter out) {
    List<LicenseInfo> listed = withTraits();
    int width = Math.max(2, listed.stream().mapToInt(i -> i.id().length()).max().orElse(0));
    String rowFormat = "%-" + width + "s  %-3s  %-12s  %-7s  %s%n";
    out.printf(Locale.ROOT, rowFormat, "id", "OSI", "FSF", "OSD", "kind");
    for (LicenseInfo info : listed) {
      out.printf(Locale.ROOT, rowFormat, info.id(), info.osiApproved() ? "yes" : "no",
          info.fsfLibre().map(f -> f ? "yes" : "no").orElse("not assessed"),
          word(knowledge.osdConformant(LicenseExpression.Simple.of(info.id()))),
          info.traits().orElseThrow().kind().id());
    }
    long spdx = knowledge.licenses().stream().filter(i -> i.source() == LicenseSource.SPDX).count();
    out.println(listed.size() + " licences with traits; Shades knows " + knowledge.licenses().size() + ": " + spdx
        + " from the SPDX License List " + knowledge.spdxListVersion() + " and "
        + (knowledge.licenses().size() - spdx) + " of its own");
  }

  private static void row(PrintWriter out, String label, String value) {
    out.printf(Locale.ROOT, "  %-16s %s%n", label + ":", value);
  }

  // ---- JSON ---------------------------------------------------------------------------------------------

  private void answerJson(JsonGenerator g, String query, Answer answer) throws IOException {
    g.writeStartObject();
    g.writeStringField("query", query);
    if (answer instanceof Licence l) {
      g.writeStringField("reading", l.via().equals("id") ? "licence" : l.via());
      g.writeFieldName("licence");
      licenceJson(g, l.info());
    } else if (answer instanceof Expression x) {
      g.writeStringField("reading", x.via());
      g.writeStringField("expression", x.expression().toString());
      g.writeStringField("operator", x.expression() instanceof LicenseExpression.Or ? "or"
          : x.expression() instanceof LicenseExpression.And ? "and" : "none");
      g.writeArrayFieldStart("terms");
      for (LicenseExpression term : x.expression().terms()) {
        g.writeStartObject();
        g.writeStringField("term", term.toString());
        Optional<LicenseInfo> info = knowledge.find(LicenseExpression.licenseOf(term).id());
        if (info.isPresent()) {
          g.writeStringField("name", info.get().name());
        }
        Optional<LicenseTraits> traits = knowledge.traits(term);
        if (traits.isPresent()) {
          g.writeStringField("kind", traits.get().kind().id());
        }
        g.writeStringField("osiApproved", knowledge.osiApproved(term).id());
        g.writeStringField("fsfLibre", knowledge.fsfLibre(term).id());
        g.writeStringField("osdConformant", knowledge.osdConformant(term).id());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("whole");
      for (Map.Entry<String, Outcome> e : wholeTests(x.expression()).entrySet()) {
        g.writeStartObject();
        g.writeStringField("test", e.getKey());
        g.writeStringField("outcome", e.getValue().id());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (answer instanceof NoParticularLicence) {
      g.writeStringField("reading", "no-particular-licence");
    } else if (answer instanceof LicenceException e) {
      g.writeStringField("reading", "exception");
      g.writeStringField("exception", e.id());
    } else {
      g.writeStringField("reading", "no-licence");
    }
    g.writeEndObject();
  }

  private void licenceJson(JsonGenerator g, LicenseInfo info) throws IOException {
    LicenseExpression term = LicenseExpression.Simple.of(info.id());
    g.writeStartObject();
    g.writeStringField("id", info.id());
    g.writeStringField("name", info.name());
    g.writeStringField("source", info.source().name().toLowerCase(Locale.ROOT));
    g.writeBooleanField("spdxListed", info.source() == LicenseSource.SPDX);
    g.writeBooleanField("osiApproved", info.osiApproved());
    if (info.fsfLibre().isPresent()) {
      g.writeBooleanField("fsfLibre", info.fsfLibre().get());
    }
    g.writeBooleanField("deprecated", info.deprecated());
    if (info.deprecated() && knowledge.replacementOf(info.id()).isPresent()) {
      g.writeStringField("replacedBy", knowledge.replacementOf(info.id()).get());
    }
    Optional<LicenseTraits> traits = knowledge.traits(term);
    if (traits.isPresent()) {
      LicenseTraits t = traits.get();
      g.writeObjectFieldStart("traits");
      g.writeStringField("kind", t.kind().id());
      strings(g, "suitedTo", t.suitedFor().stream().map(ContentType::id).toList());
      for (TraitCategory c : TraitCategory.values()) {
        strings(g, categoryKey(c), t.traits().stream().filter(x -> x.category() == c).map(Trait::id).toList());
      }
      if (t.userThreshold().isPresent()) {
        g.writeNumberField("userThreshold", t.userThreshold().getAsLong());
      }
      if (!t.excludedJurisdictions().isEmpty()) {
        strings(g, "excludedJurisdictions", t.excludedJurisdictions());
      }
      if (info.traits().isEmpty()) {
        g.writeStringField("from", knowledge.replacementOf(info.id()).orElse(info.id()));
      } else if (t.note().isPresent()) {
        g.writeStringField("note", t.note().get());
      }
      g.writeEndObject();
    }
    g.writeStringField("osdConformant", knowledge.osdConformant(term).id());
    strings(g, "aliases", aliasesOf(info.id()));
    if (info.url().isPresent()) {
      g.writeStringField("url", info.url().get());
    }
    g.writeEndObject();
  }

  private void listJson(PrintWriter out) throws IOException {
    JsonGenerator g = EvaluationJson.generator(out);
    List<LicenseInfo> listed = withTraits();
    g.writeStartObject();
    g.writeStringField("spdxListVersion", knowledge.spdxListVersion());
    g.writeArrayFieldStart("licenses");
    for (LicenseInfo info : listed) {
      g.writeStartObject();
      g.writeStringField("id", info.id());
      g.writeStringField("name", info.name());
      g.writeStringField("kind", info.traits().orElseThrow().kind().id());
      g.writeBooleanField("osiApproved", info.osiApproved());
      if (info.fsfLibre().isPresent()) {
        g.writeBooleanField("fsfLibre", info.fsfLibre().get());
      }
      g.writeStringField("osdConformant", knowledge.osdConformant(LicenseExpression.Simple.of(info.id())).id());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("count", listed.size());
    g.writeEndObject();
    g.flush();
    out.println();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  // ---- shared -------------------------------------------------------------------------------------------

  /** The licences of Shades' trait table (licenses.yaml), in the knowledge base's order. */
  private List<LicenseInfo> withTraits() {
    return knowledge.licenses().stream().filter(i -> i.traits().isPresent()).toList();
  }

  private String listing(LicenseInfo info) {
    return switch (info.source()) {
      case SPDX -> "on the SPDX License List " + knowledge.spdxListVersion();
      case SHADES -> "not on the SPDX License List; described by Shades"
          + (info.id().startsWith("LicenseRef-scancode-") ? " (its id is a ScanCode LicenseDB key)" : "");
      case USER -> "added at run time";
    };
  }

  /** The spellings the alias table reads as this id, sorted without regard to letter case. */
  private List<String> aliasesOf(String id) {
    return knowledge.aliases().stream().filter(a -> a.target().map(id::equals).orElse(false))
        .map(LicenseKnowledge.Alias::alias).sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator
            .naturalOrder())).toList();
  }

  private static Map<TraitCategory, List<String>> traitGroups(LicenseTraits t) {
    Map<TraitCategory, List<String>> groups = new LinkedHashMap<>();
    for (Trait trait : t.traits()) {
      String label = trait.id();
      if (trait == Trait.USER_THRESHOLD && t.userThreshold().isPresent()) {
        label += " (" + String.format(Locale.ROOT, "%,d", t.userThreshold().getAsLong()) + " monthly active users)";
      } else if (trait == Trait.EXCLUDED_JURISDICTIONS) {
        label += " (" + String.join(", ", t.excludedJurisdictions()) + ")";
      }
      groups.computeIfAbsent(trait.category(), c -> new ArrayList<>()).add(label);
    }
    return groups;
  }

  private static String categoryLabel(TraitCategory c) {
    return switch (c) {
      case USE -> "use";
      case WHO -> "who";
      case WHAT_FOLLOWS -> "what follows";
      case DUTY -> "duties";
    };
  }

  private static String categoryKey(TraitCategory c) {
    return switch (c) {
      case USE -> "use";
      case WHO -> "who";
      case WHAT_FOLLOWS -> "whatFollows";
      case DUTY -> "duties";
    };
  }

  private String osdReason(LicenseExpression term, Optional<LicenseTraits> traits) {
    if (knowledge.osiApproved(term) == Outcome.SATISFIED) {
      return "OSI-approved licences conform by definition";
    }
    if (traits.isEmpty()) {
      return "Shades knows no traits for it";
    }
    String restrictions = restrictions(traits.get());
    return restrictions.isEmpty() ? "no trait restricts use, users or what follows" : "restricts: " + restrictions;
  }

  private String restrictions(LicenseTraits t) {
    return String.join(", ", t.restrictions().stream().map(Trait::id).toList());
  }

  /** The tests policies apply to licences, over the whole expression, in a stable order. */
  private Map<String, Outcome> wholeTests(LicenseExpression e) {
    Map<String, Outcome> out = new LinkedHashMap<>();
    out.put("osi-approved", LicenseKnowledge.test(e, knowledge::osiApproved));
    out.put("fsf-libre", LicenseKnowledge.test(e, knowledge::fsfLibre));
    out.put("osd-conformant", knowledge.isOsdConformant(e));
    out.put("deprecated", LicenseKnowledge.test(e, term -> knowledge.find(LicenseExpression.licenseOf(term).id())
        .map(i -> Outcome.of(i.deprecated())).orElse(Outcome.UNKNOWN)));
    for (ContentType type : ContentType.values()) {
      out.put("suited to " + type.id(), LicenseKnowledge.test(e, term -> knowledge.suitedFor(term, type)));
    }
    Set<Trait> present = EnumSet.noneOf(Trait.class);
    e.terms().forEach(term -> knowledge.traits(term).ifPresent(t -> present.addAll(t.traits())));
    for (Trait trait : present) {
      out.put("has " + trait.id(), LicenseKnowledge.test(e, term -> knowledge.has(term, trait)));
    }
    return out;
  }

  private static String word(Outcome o) {
    return switch (o) {
      case SATISFIED -> "yes";
      case VIOLATED -> "no";
      case UNKNOWN -> "unknown";
    };
  }

  private static String fsfWord(Outcome o) {
    return o == Outcome.UNKNOWN ? "not assessed" : word(o);
  }
}
