package dev.shades.core.license;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.Severity;
import dev.shades.core.diagnostic.SourceLocation;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.diagnostic.Suggestions;
import dev.shades.core.model.LicenseStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the licence text of a description into a {@link LicenseStatement}, with diagnostics that point at the
 * column of the mistake inside the expression.
 *
 * <ul>
 *   <li>{@code none} (any letter case): released without any licence;
 *   <li>a spelling in the alias table ({@code Apache 2.0}, {@code llama3.1}) or an id in the wrong letter case
 *       ({@code apache-2.0}): read as its canonical id, with a {@code license-alias} note — or, in strict mode, an
 *       {@code alias-refused} error;
 *   <li>otherwise an SPDX expression whose every id must be on the SPDX list, in the knowledge base, or a
 *       {@code LicenseRef-} (an unknown {@code LicenseRef-} gets a {@code license-without-traits} warning);
 *       deprecated ids get a {@code deprecated-license} warning.
 * </ul>
 */
public final class LicenseReader {
  /** Code of a malformed expression. */
  public static final String MALFORMED = "malformed-license-expression";
  /** Code of an id that is neither on the SPDX list nor known to Shades. */
  public static final String UNKNOWN_LICENSE = "unknown-license";
  /** Code of an unknown exception id. */
  public static final String UNKNOWN_EXCEPTION = "unknown-license-exception";
  /** Code of the note that an alias was read as its canonical id. */
  public static final String ALIAS = "license-alias";
  /** Code of the error that strict mode refused an alias. */
  public static final String ALIAS_REFUSED = "alias-refused";
  /** Code of the warning on deprecated SPDX ids. */
  public static final String DEPRECATED = "deprecated-license";
  /** Code of the warning on a LicenseRef Shades knows nothing about. */
  public static final String WITHOUT_TRAITS = "license-without-traits";

  private final LicenseKnowledge knowledge;
  private final boolean strict;

  /**
   * A reader over a knowledge base.
   *
   * @param knowledge the licences and aliases to read against
   * @param strict when true, aliases and wrong letter case are errors rather than notes
   */
  public LicenseReader(LicenseKnowledge knowledge, boolean strict) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.strict = strict;
  }

  /**
   * What was read.
   *
   * @param statement the licence statement; {@link LicenseStatement.Inherit} when the text had errors
   * @param diagnostics errors, warnings and notes, in order of position
   */
  public record Reading(LicenseStatement statement, List<Diagnostic> diagnostics) {
    /** Copies the diagnostics. */
    public Reading {
      Objects.requireNonNull(statement, "statement");
      diagnostics = List.copyOf(diagnostics);
    }

    /** True when any diagnostic is an error. */
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  /**
   * Reads a licence text.
   *
   * @param text the text as written
   * @param at where the text starts in the source (column of its first character)
   * @param source the source, for quoting the line in diagnostics
   */
  public Reading read(String text, SourceLocation at, SourceText source) {
    return read(text, at, source, true);
  }

  /**
   * Reads a licence text.
   *
   * @param text the text as written
   * @param at where the text starts in the source
   * @param source the source, for quoting the line in diagnostics
   * @param columnsExact true when the text stands in the source exactly as given, so that diagnostics may point
   *     inside it; false (escapes, folded lines) makes every diagnostic point at {@code at}
   */
  public Reading read(String text, SourceLocation at, SourceText source, boolean columnsExact) {
    List<Diagnostic> out = new ArrayList<>();
    String trimmed = text.strip();
    SourceLocation start = columnsExact ? at.shiftedBy(text.indexOf(trimmed.isEmpty() ? text : trimmed)) : at;
    if (trimmed.equalsIgnoreCase("none")) {
      return new Reading(LicenseStatement.none(), out);
    }
    // A whole-text alias, such as "Apache 2.0", which is not an expression at all.
    // An exact id (even a deprecated one) is read as written, never through the case-insensitive alias table.
    Optional<LicenseKnowledge.Alias> alias = knowledge.find(trimmed).isPresent()
        ? Optional.empty()
        : knowledge.alias(trimmed);
    if (alias.isPresent() && !alias.get().target().map(trimmed::equals).orElse(false)) {
      Optional<String> target = alias.get().target();
      if (target.isEmpty()) {
        // Descriptions say what they know precisely: a custom licence has a LicenseRef, an unknown one is left out.
        out.add(diagnostic(Severity.ERROR, UNKNOWN_LICENSE,
            "'" + trimmed + "' names no particular licence; write LicenseRef-<name> for a custom licence, or leave "
                + "'license' out when it is unknown", start, source, trimmed.length()));
        return new Reading(LicenseStatement.inherit(), out);
      }
      if (!aliasAllowed(trimmed, target.get(), start, source, trimmed.length(), out)) {
        return new Reading(LicenseStatement.inherit(), out);
      }
      return expression(target.get(), start, source, out, false);
    }
    return expression(trimmed, start, source, out, columnsExact);
  }

  private Reading expression(
      String text, SourceLocation start, SourceText source, List<Diagnostic> out, boolean positionsMatch) {
    ExpressionParser.Result parsed = ExpressionParser.parse(text);
    if (parsed.error().isPresent()) {
      ExpressionParser.Error e = parsed.error().get();
      out.add(diagnostic(Severity.ERROR, MALFORMED, "malformed licence expression '" + text + "': " + e.message(),
          positionsMatch ? start.shiftedBy(e.column() - 1) : start, source, e.length()));
      return new Reading(LicenseStatement.inherit(), out);
    }
    String canonical = text;
    boolean failed = false;
    // Replace from the right so that columns of earlier ids stay valid.
    List<ExpressionParser.IdOccurrence> occurrences = new ArrayList<>(parsed.occurrences());
    occurrences.sort((a, b) -> Integer.compare(b.column(), a.column()));
    for (ExpressionParser.IdOccurrence o : occurrences) {
      SourceLocation where = positionsMatch ? start.shiftedBy(o.column() - 1) : start;
      Optional<String> replacement = o.exception()
          ? checkException(o.id(), where, source, out)
          : checkLicense(o.id(), o.orLater(), where, source, out);
      if (replacement.isEmpty()) {
        failed = true;
      } else if (!replacement.get().equals(o.id())) {
        String written = o.orLater() ? o.id() + "+" : o.id();
        String canonicalTerm = replacement.get() + (o.orLater() ? "+" : "");
        if (o.orLater()) {
          // "GPLv3+" reads as GPL-3.0-or-later, not GPL-3.0-only+; a LicenseRef cannot take '+'.
          String base = replacement.get().endsWith("-only")
              ? replacement.get().substring(0, replacement.get().length() - 5) : replacement.get();
          if (replacement.get().endsWith("-or-later")) {
            canonicalTerm = replacement.get();
          } else if (context().find(base + "-or-later").isPresent()) {
            canonicalTerm = base + "-or-later";
          } else if (replacement.get().startsWith("LicenseRef-")) {
            out.add(diagnostic(Severity.ERROR, MALFORMED, "'+' cannot follow a LicenseRef ('" + o.id()
                + "' reads as '" + replacement.get() + "')", where.shiftedBy(o.id().length()), source, 1));
            failed = true;
            continue;
          }
        }
        int i = o.column() - 1;
        canonical = canonical.substring(0, i) + canonicalTerm + canonical.substring(i + written.length());
      }
    }
    out.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.location().column()));
    if (failed) {
      return new Reading(LicenseStatement.inherit(), out);
    }
    Optional<dev.shades.core.license.LicenseExpression> expression = ExpressionParser.parse(canonical).expression();
    if (expression.isEmpty()) {
      // An alias target that is itself malformed: a defect in the alias table, reported rather than thrown.
      out.add(diagnostic(Severity.ERROR, MALFORMED, "licence alias reads as a malformed expression '"
          + canonical + "'", start, source, text.length()));
      return new Reading(LicenseStatement.inherit(), out);
    }
    return new Reading(LicenseStatement.of(expression.get()), out);
  }

  private LicenseKnowledge context() {
    return knowledge;
  }

  private Optional<String> checkLicense(
      String id, boolean orLater, SourceLocation at, SourceText source, List<Diagnostic> out) {
    Optional<LicenseInfo> exact = knowledge.find(id);
    if (exact.isPresent()) {
      deprecation(exact.get(), orLater, at, source, out);
      return Optional.of(id);
    }
    if (id.startsWith("LicenseRef-") || id.startsWith("DocumentRef-")) {
      Optional<String> known = knowledge.canonicalId(id);
      if (known.isPresent()) {
        return aliasAllowed(id, known.get(), at, source, id.length(), out) ? known : Optional.empty();
      }
      out.add(diagnostic(Severity.WARNING, WITHOUT_TRAITS,
          "Shades knows nothing of '" + id + "': it is not OSI-approved and its other traits are unknown"
              + Suggestions.didYouMean(id, knowledge.ids()), at, source, id.length()));
      return Optional.of(id);
    }
    Optional<String> canonical = knowledge.canonicalId(id)
        .or(() -> knowledge.alias(id).flatMap(LicenseKnowledge.Alias::target)
            .filter(t -> ExpressionParser.parse(t).expression()
                .filter(LicenseExpression.Simple.class::isInstance).isPresent()));
    if (canonical.isPresent()) {
      if (!aliasAllowed(id, canonical.get(), at, source, id.length(), out)) {
        return Optional.empty();
      }
      knowledge.find(canonical.get()).ifPresent(info -> deprecation(info, orLater, at, source, out));
      return canonical;
    }
    out.add(diagnostic(Severity.ERROR, UNKNOWN_LICENSE,
        "unknown licence '" + id + "'" + Suggestions.didYouMean(id, knowledge.ids())
            + " (licences not on the SPDX list are written LicenseRef-…)", at, source, id.length()));
    return Optional.empty();
  }

  private Optional<String> checkException(String id, SourceLocation at, SourceText source, List<Diagnostic> out) {
    if (id.startsWith("AdditionRef-")) {
      return Optional.of(id);
    }
    Optional<String> canonical = knowledge.canonicalException(id);
    if (canonical.isEmpty()) {
      out.add(diagnostic(Severity.ERROR, UNKNOWN_EXCEPTION,
          "unknown licence exception '" + id + "'" + Suggestions.didYouMean(id, knowledge.exceptionIds()), at,
          source, id.length()));
      return Optional.empty();
    }
    if (!canonical.get().equals(id) && !aliasAllowed(id, canonical.get(), at, source, id.length(), out)) {
      return Optional.empty();
    }
    return canonical;
  }

  private boolean aliasAllowed(
      String written, String canonical, SourceLocation at, SourceText source, int length, List<Diagnostic> out) {
    if (strict) {
      out.add(diagnostic(Severity.ERROR, ALIAS_REFUSED,
          "'" + written + "' is not a canonical licence id; write '" + canonical + "' (strict mode refuses aliases)",
          at, source, length));
      return false;
    }
    out.add(diagnostic(Severity.NOTE, ALIAS, "licence '" + written + "' read as '" + canonical + "'", at, source,
        length));
    return true;
  }

  private void deprecation(
      LicenseInfo info, boolean orLater, SourceLocation at, SourceText source, List<Diagnostic> out) {
    if (info.deprecated()) {
      String written = orLater ? info.id() + "+" : info.id();
      String use = knowledge.replacementOf(written).or(() -> knowledge.replacementOf(info.id()))
          .map(r -> "; use '" + r + "'").orElse("");
      out.add(diagnostic(Severity.WARNING, DEPRECATED,
          "'" + written + "' is deprecated in the SPDX License List" + use, at, source, written.length()));
    }
  }

  private static Diagnostic diagnostic(
      Severity severity, String code, String message, SourceLocation at, SourceText source, int length) {
    return Diagnostic.of(severity, code, message, at, source, length);
  }
}
