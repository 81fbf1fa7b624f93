package dev.shades.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.FactUse;
import dev.shades.core.definition.Interval;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Verdict;
import dev.shades.core.definition.WarningResult;
import dev.shades.core.diagnostic.SourceSpan;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Evidence;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes evaluations in their JSON form, version {@value Evaluation.Audit#FORM_VERSION}, documented by
 * {@code evaluation.schema.json}. The form carries what an auditor needs to reproduce a verdict: the definition's
 * id, version and source hash, the Shades and SPDX list versions, the evaluation date, and every fact each
 * requirement used with its provenance and evidence.
 */
public final class EvaluationJson {
  /** The sentence every report carries. */
  public static final String DISCLAIMER =
      "A verdict is an automated reading of the stated facts, not legal advice.";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private EvaluationJson() {}

  /** One evaluation as a JSON object (pretty-printed). */
  public static String toJson(Evaluation evaluation, Optional<String> source) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = generator(out)) {
      write(g, evaluation, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A JSON generator over a writer, pretty-printing with two-space indentation. */
  public static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    return g;
  }

  /** A JSON generator over a writer that writes each value on one line (for JSON Lines). */
  public static JsonGenerator compactGenerator(Writer out) throws IOException {
    return FACTORY.createGenerator(out);
  }

  /** Writes one evaluation as a JSON object. */
  public static void write(JsonGenerator g, Evaluation e, Optional<String> source) throws IOException {
    g.writeStartObject();
    g.writeStringField("release", e.release());
    if (source.isPresent()) {
      g.writeStringField("source", source.get());
    }
    g.writeObjectFieldStart("definition");
    g.writeStringField("id", e.definitionId());
    g.writeStringField("version", e.definitionVersion());
    g.writeStringField("sourceHash", e.sourceHash());
    g.writeEndObject();
    verdict(g, e.verdict());
    g.writeArrayFieldStart("requirements");
    for (RequirementResult r : e.requirements()) {
      requirement(g, r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("undeterminedBy");
    for (Evaluation.DecidingUnknown u : e.decidingUnknowns()) {
      g.writeStartObject();
      g.writeStringField("subject", u.subject());
      g.writeStringField("aspect", u.aspect());
      g.writeArrayFieldStart("requirements");
      for (String id : u.requirements()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (WarningResult w : e.warnings()) {
      g.writeStartObject();
      g.writeStringField("code", w.code());
      g.writeStringField("message", w.message());
      optional(g, "tier", w.tier());
      facts(g, w.facts());
      g.writeEndObject();
    }
    g.writeEndArray();
    audit(g, e);
    g.writeStringField("disclaimer", DISCLAIMER);
    g.writeEndObject();
  }

  /** Writes the {@code audit} object of an evaluation: versions, the definition's hash, the date. */
  static void audit(JsonGenerator g, Evaluation e) throws IOException {
    Evaluation.Audit a = e.audit();
    g.writeObjectFieldStart("audit");
    g.writeNumberField("formVersion", a.formVersion());
    g.writeStringField("shadesVersion", a.shadesVersion());
    g.writeStringField("spdxListVersion", a.spdxListVersion());
    g.writeStringField("definitionId", e.definitionId());
    g.writeStringField("definitionVersion", e.definitionVersion());
    g.writeStringField("definitionSourceHash", e.sourceHash());
    g.writeStringField("evaluatedAt", a.evaluatedAt().toString());
    g.writeEndObject();
  }

  private static void verdict(JsonGenerator g, Verdict v) throws IOException {
    g.writeFieldName("verdict");
    writeVerdict(g, v);
  }

  /** Writes a verdict as a JSON object: its kind, summary and what fits the kind (the form's {@code verdict}). */
  public static void writeVerdict(JsonGenerator g, Verdict v) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", v.kind());
    g.writeStringField("summary", v.summary());
    if (v instanceof Verdict.Binary b) {
      g.writeFieldName("passed");
      if (b.passed().isPresent()) {
        g.writeBoolean(b.passed().get());
      } else {
        g.writeNull();
      }
    } else if (v instanceof Verdict.Tiers t) {
      g.writeFieldName("tier");
      nullable(g, t.tier());
      g.writeArrayFieldStart("undetermined");
      for (String u : t.undetermined()) {
        g.writeString(u);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("progress");
      for (Map.Entry<String, Double> p : t.progress().entrySet()) {
        g.writeNumberField(p.getKey(), p.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("outcomes");
      for (Map.Entry<String, Outcome> o : t.outcomes().entrySet()) {
        g.writeStringField(o.getKey(), o.getValue().id());
      }
      g.writeEndObject();
    } else if (v instanceof Verdict.Score s) {
      g.writeFieldName("score");
      exact(g, s.score());
      range(g, "scoreRange", s.score());
      g.writeObjectFieldStart("groups");
      for (Map.Entry<String, Interval> e : s.groups().entrySet()) {
        g.writeFieldName(e.getKey());
        exact(g, e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("dimensions");
      for (Map.Entry<String, Interval> e : s.dimensions().entrySet()) {
        g.writeFieldName(e.getKey());
        exact(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Verdict.Category c) {
      g.writeFieldName("category");
      nullable(g, c.category());
      g.writeArrayFieldStart("undetermined");
      for (String u : c.undetermined()) {
        g.writeString(u);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void requirement(JsonGenerator g, RequirementResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    optional(g, "tier", r.tier());
    g.writeStringField("outcome", r.outcome().id());
    g.writeBooleanField("applies", r.applies());
    g.writeStringField("message", r.message());
    g.writeStringField("test", r.test());
    optional(g, "because", r.because());
    optional(g, "remedy", r.remedy());
    if (r.span().isPresent()) {
      SourceSpan s = r.span().get();
      g.writeObjectFieldStart("rule");
      g.writeStringField("file", s.file());
      g.writeNumberField("line", s.line());
      g.writeNumberField("column", s.column());
      g.writeEndObject();
    }
    facts(g, r.facts());
    g.writeEndObject();
  }

  private static void facts(JsonGenerator g, List<FactUse> facts) throws IOException {
    g.writeArrayFieldStart("facts");
    for (FactUse f : facts) {
      g.writeStartObject();
      g.writeStringField("subject", f.subject());
      g.writeStringField("aspect", f.aspect());
      g.writeStringField("value", f.value());
      optional(g, "provenance", f.provenance());
      g.writeStringField("outcome", f.outcome().id());
      g.writeArrayFieldStart("evidence");
      for (Evidence e : f.evidence()) {
        g.writeString(e.url());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void exact(JsonGenerator g, Interval i) throws IOException {
    if (i.isExact()) {
      g.writeNumber(i.low());
    } else {
      g.writeNull();
    }
  }

  private static void range(JsonGenerator g, String name, Interval i) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("low", i.low());
    g.writeNumberField("high", i.high());
    g.writeEndObject();
  }

  private static void nullable(JsonGenerator g, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}
