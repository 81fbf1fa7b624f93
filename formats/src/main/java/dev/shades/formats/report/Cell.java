package dev.shades.formats.report;

import dev.shades.core.definition.Evaluation;
import java.util.List;
import java.util.Objects;

/**
 * One verdict of a report, with the path to the next verdict.
 *
 * @param evaluation the evaluation of the column's definition on the row's release
 * @param nextSteps alternative sets of changes that would lead to a more open verdict, each one human sentence;
 *     empty when none is known
 */
public record Cell(Evaluation evaluation, List<String> nextSteps) {
  /** Validates and copies. */
  public Cell {
    Objects.requireNonNull(evaluation, "evaluation");
    nextSteps = List.copyOf(nextSteps);
  }
}
