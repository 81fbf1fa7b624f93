package dev.shades.formats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.explain.Change;
import dev.shades.core.explain.ChangeSet;
import dev.shades.core.explain.Differences;
import dev.shades.core.explain.NextVerdict;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The JSON forms of {@link NextVerdict} (the path to the next verdict) and of {@link Differences} (between two
 * releases, or two definitions). Each object names the release, its source, the definition (id, version, source
 * hash) and the audit fields, so that it stands on its own.
 */
public final class ExplanationJson {
  private ExplanationJson() {}

  /** Writes the path from an evaluation's verdict to the next one. */
  public static void write(JsonGenerator g, Evaluation e, Optional<String> source, NextVerdict next)
      throws IOException {
    g.writeStartObject();
    head(g, e, source);
    g.writeStringField("current", next.current());
    if (next.target().isPresent()) {
      g.writeStringField("target", next.target().get());
    } else {
      g.writeNullField("target");
    }
    g.writeArrayFieldStart("paths");
    for (ChangeSet p : next.paths()) {
      g.writeStartObject();
      g.writeArrayFieldStart("changes");
      for (Change c : p.changes()) {
        g.writeStartObject();
        g.writeStringField("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        g.writeStringField("subject", c.subject());
        g.writeStringField("description", c.description());
        strings(g, "actions", c.actions());
        strings(g, "licenses", c.licenses());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("reaches", p.reaches());
      if (p.scoreGain().isPresent()) {
        g.writeNumberField("scoreGain", p.scoreGain().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (next.note().isPresent()) {
      g.writeStringField("note", next.note().get());
    }
    EvaluationJson.audit(g, e);
    g.writeStringField("disclaimer", EvaluationJson.DISCLAIMER);
    g.writeEndObject();
  }

  /** Writes what differs between two releases under one definition. */
  public static void write(JsonGenerator g, Differences.ReleaseDiff diff, String sourceA, String sourceB)
      throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("definition");
    definition(g, diff.a());
    g.writeEndObject();
    side(g, "a", diff.a(), sourceA);
    side(g, "b", diff.b(), sourceB);
    g.writeBooleanField("sameVerdict", diff.sameVerdict());
    g.writeArrayFieldStart("requirements");
    for (Differences.RequirementDifference r : diff.requirements()) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      if (r.tier().isPresent()) {
        g.writeStringField("tier", r.tier().get());
      }
      g.writeStringField("a", r.a());
      g.writeStringField("b", r.b());
      facts(g, r.facts());
      g.writeEndObject();
    }
    g.writeEndArray();
    EvaluationJson.audit(g, diff.a());
    g.writeStringField("disclaimer", EvaluationJson.DISCLAIMER);
    g.writeEndObject();
  }

  /** Writes where two definitions disagree on one release. */
  public static void write(JsonGenerator g, Differences.Disagreement d, String source) throws IOException {
    g.writeStartObject();
    g.writeStringField("release", d.a().release());
    g.writeStringField("source", source);
    for (String side : List.of("a", "b")) {
      Evaluation e = side.equals("a") ? d.a() : d.b();
      g.writeObjectFieldStart(side);
      g.writeObjectFieldStart("definition");
      definition(g, e);
      g.writeEndObject();
      g.writeStringField("verdict", e.verdict().summary());
      g.writeEndObject();
    }
    facts(g, d.splitting());
    EvaluationJson.audit(g, d.a());
    g.writeStringField("disclaimer", EvaluationJson.DISCLAIMER);
    g.writeEndObject();
  }

  private static void side(JsonGenerator g, String name, Evaluation e, String source) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("release", e.release());
    g.writeStringField("source", source);
    g.writeStringField("verdict", e.verdict().summary());
    g.writeEndObject();
  }

  private static void facts(JsonGenerator g, List<Differences.FactDifference> facts) throws IOException {
    g.writeArrayFieldStart("facts");
    for (Differences.FactDifference f : facts) {
      g.writeStartObject();
      g.writeStringField("subject", f.subject());
      g.writeStringField("aspect", f.aspect());
      standing(g, "a", f.a());
      standing(g, "b", f.b());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void standing(JsonGenerator g, String name, Optional<Differences.Standing> s) throws IOException {
    if (s.isEmpty()) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeStringField("value", s.get().value());
    g.writeStringField("outcome", s.get().outcome().id());
    strings(g, "rules", s.get().rules());
    g.writeEndObject();
  }

  private static void head(JsonGenerator g, Evaluation e, Optional<String> source) throws IOException {
    g.writeStringField("release", e.release());
    if (source.isPresent()) {
      g.writeStringField("source", source.get());
    }
    g.writeObjectFieldStart("definition");
    definition(g, e);
    g.writeEndObject();
  }

  private static void definition(JsonGenerator g, Evaluation e) throws IOException {
    g.writeStringField("id", e.definitionId());
    g.writeStringField("version", e.definitionVersion());
    g.writeStringField("sourceHash", e.sourceHash());
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
