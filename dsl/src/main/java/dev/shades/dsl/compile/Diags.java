package dev.shades.dsl.compile;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.Severity;
import dev.shades.core.diagnostic.SourceSpan;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.ast.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the diagnostics of one compilation, quoting source lines, up to an error limit. */
final class Diags {
  static final String TOO_MANY = "too-many-errors";

  private final Map<String, SourceText> sources = new HashMap<>();
  private final List<Diagnostic> list = new ArrayList<>();
  private final java.util.Set<Diagnostic> seen = new java.util.HashSet<>();
  private final int maxErrors;
  private int errors;
  private boolean stopped;

  Diags(int maxErrors) {
    this.maxErrors = maxErrors;
  }

  void source(SourceText text) {
    sources.put(text.name(), text);
  }

  void add(Diagnostic d) {
    if (stopped || !seen.add(d)) {
      return; // the same problem, found again (a parent compiled for each child that extends it)
    }
    if (d.isError() && ++errors > maxErrors) {
      stopped = true;
      list.add(new Diagnostic(Severity.ERROR, TOO_MANY, "more than " + maxErrors + " errors; stopped reporting",
          d.location(), d.sourceLine(), 1));
      return;
    }
    list.add(d);
  }

  void error(String code, String message, Pos pos) {
    report(Severity.ERROR, code, message, pos.span());
  }

  void warning(String code, String message, Pos pos) {
    report(Severity.WARNING, code, message, pos.span());
  }

  void report(Severity severity, String code, String message, SourceSpan span) {
    SourceText text = sources.getOrDefault(span.file(), SourceText.empty(span.file()));
    add(Diagnostic.of(severity, code, message, span.start(), text, span.width()));
  }

  boolean hasErrors() {
    return errors > 0;
  }

  int errorCount() {
    return errors;
  }

  List<Diagnostic> all() {
    return list;
  }
}
