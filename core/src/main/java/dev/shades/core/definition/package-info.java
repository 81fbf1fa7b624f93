/**
 * Definitions of openness in their compiled form, and their evaluation.
 *
 * <p>A {@link dev.shades.core.definition.Definition} is built by the policy language's compiler or with
 * {@link dev.shades.core.definition.Definition#builder(String)}; it is immutable and thread-safe.
 * {@link dev.shades.core.definition.Evaluator#evaluate(Definition, dev.shades.core.model.Release)} applies it to a
 * release and returns an {@link dev.shades.core.definition.Evaluation}: the verdict, and per requirement its
 * outcome, the facts it used and where they came from. Evaluation is pure: no I/O, no recursion over user input
 * beyond the definition's own finite structure, and it always terminates.
 *
 * <h2>Three-valued rules</h2>
 *
 * <ul>
 *   <li>A test on a component whose availability is unknown, or whose licence is unknown, is unknown — unless the
 *       definition says {@code unknown as violated}, in which case an unknown availability reads as not released and
 *       an unknown licence as no licence.
 *   <li>{@code and}, {@code or}, {@code not}: Kleene logic ({@link dev.shades.core.logic.Outcome}).
 *   <li>{@code all of}: violated if any member is violated, else unknown if any is unknown, else satisfied.
 *       {@code any of}: satisfied if any member is satisfied, else unknown if any is unknown, else violated.
 *       {@code at least N of}: satisfied when N members are satisfied; violated when fewer than N could still be
 *       satisfied (satisfied plus unknown below N); otherwise unknown.
 *   <li>Licence tests follow SPDX expression semantics: {@code OR} is the licensee's choice, {@code AND} means all
 *       apply ({@link dev.shades.core.license.LicenseKnowledge#test}).
 *   <li>Binary verdicts: passed when every applicable requirement is satisfied, failed when any is violated,
 *       undetermined otherwise. A requirement whose {@code when} condition is violated does not apply; one whose
 *       condition is unknown makes the requirement unknown unless it is satisfied anyway.
 *   <li>Tiers: the tier reached is the highest tier all of whose requirements (its own and those it extends) are
 *       satisfied; tiers above it that are not certainly failed are listed as undetermined.
 *   <li>Scores: a dimension whose value is unknown scores 0 when the definition says {@code unknown as 0}, otherwise
 *       the score is reported with the lowest and highest values it could take.
 *   <li>Categories: listed from the least to the most open; the verdict is the most open category whose condition is
 *       satisfied; more open categories whose condition is unknown are listed as undetermined.
 * </ul>
 */
package dev.shades.core.definition;
