package dev.shades.formats.report;

import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Verdict;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.CompiledDefinition;
import dev.shades.dsl.compile.PolicyCompiler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Definitions, releases and reports for the report tests, with a fixed audit so that output is reproducible. */
final class ReportFixtures {
  static final Path RELEASES = Path.of("../examples/releases");
  static final Path DEFINITIONS = Path.of("src/test/resources/report/definitions.shade");
  static final Instant EVALUATED_AT = Instant.parse("2026-01-02T03:04:05Z");
  /** The versions in goldens are fixed too, so that a release of Shades or of the SPDX list leaves them alone. */
  static final Evaluation.Audit AUDIT =
      new Evaluation.Audit(Evaluation.Audit.FORM_VERSION, "0.0.0-test", "3.0-test", EVALUATED_AT);
  static final Evaluator EVALUATOR = Evaluator.withClock(Clock.fixed(EVALUATED_AT, ZoneOffset.UTC));

  private ReportFixtures() {}

  /** The test's own definitions: one of each verdict shape. */
  static List<Definition> definitions() {
    CompileResult result = PolicyCompiler.create().compile(DEFINITIONS);
    if (!result.ok()) {
      throw new IllegalStateException(Diagnostics.render(result.diagnostics()));
    }
    return result.definitions().stream().map(CompiledDefinition::definition).toList();
  }

  static Release release(String file) {
    ReadResult r = Descriptions.read(RELEASES.resolve(file));
    return r.release().orElseThrow(() -> new IllegalStateException(Diagnostics.render(r.diagnostics())));
  }

  /** A report of these releases (file names under examples/releases) by these definitions. */
  static Report report(List<Definition> definitions, List<String> files) {
    List<Row> rows = new ArrayList<>();
    for (String file : files) {
      rows.add(row(definitions, release(file), RELEASES.resolve(file).toString()));
    }
    return new Report(definitions.stream().map(DefinitionInfo::of).toList(), rows);
  }

  static Row row(List<Definition> definitions, Release release, String source) {
    List<Cell> cells = new ArrayList<>();
    for (Definition d : definitions) {
      Evaluation e = normalise(EVALUATOR.evaluate(d, release));
      cells.add(new Cell(e, steps(e)));
    }
    return new Row(release.name(), source, release.producer(), cells);
  }

  /** The evaluation with the fixed audit. */
  static Evaluation normalise(Evaluation e) {
    return new Evaluation(e.definitionId(), e.definitionVersion(), e.sourceHash(), e.release(), e.verdict(),
        e.requirements(), e.warnings(), AUDIT);
  }

  /**
   * A stand-in for the path to the next verdict, enough to exercise the writers: the remedies of the requirements
   * not yet satisfied (for tiers, those of the lowest tier not reached), as one set of changes.
   */
  static List<String> steps(Evaluation e) {
    Optional<String> next = e.verdict() instanceof Verdict.Tiers t ? t.outcomes().entrySet().stream()
        .filter(x -> x.getValue() != Outcome.SATISFIED).map(x -> x.getKey()).findFirst() : Optional.empty();
    List<String> remedies = new ArrayList<>();
    for (RequirementResult r : e.requirements()) {
      boolean inScope = !(e.verdict() instanceof Verdict.Tiers) || r.tier().equals(next);
      if (inScope && r.applies() && r.outcome() != Outcome.SATISFIED && r.remedy().isPresent()) {
        remedies.add(r.remedy().get());
      }
    }
    if (remedies.isEmpty()) {
      return List.of();
    }
    String sentence = String.join("; ", remedies);
    return List.of(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".");
  }
}
