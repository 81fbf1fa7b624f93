package dev.shades.formats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shades.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes diagnostics as JSON for editors and CI, documented by {@code diagnostics.schema.json}: an object with
 * {@code errors} and {@code warnings} counts and a {@code diagnostics} array.
 */
public final class DiagnosticsJson {
  private DiagnosticsJson() {}

  /** The diagnostics as a JSON document. */
  public static String toJson(List<Diagnostic> diagnostics) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = EvaluationJson.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("errors", diagnostics.stream().filter(Diagnostic::isError).count());
      g.writeNumberField("warnings", diagnostics.stream()
          .filter(d -> d.severity() == dev.shades.core.diagnostic.Severity.WARNING).count());
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : diagnostics) {
        g.writeStartObject();
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("code", d.code());
        g.writeStringField("message", d.message());
        g.writeStringField("file", d.location().file());
        g.writeNumberField("line", d.location().line());
        g.writeNumberField("column", d.location().column());
        g.writeNumberField("length", d.length());
        g.writeStringField("sourceLine", d.sourceLine());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
