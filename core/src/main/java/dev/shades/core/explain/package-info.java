/**
 * What would change a verdict, and what separates two verdicts.
 *
 * <p>{@link dev.shades.core.explain.Explainer} finds the path to the next verdict: the smallest sets of
 * {@link dev.shades.core.explain.Change changes} to a release (release a component, under a licence of the kind the
 * definition accepts; complete it; disclose what its data information leaves out; state an unknown fact) that reach
 * the next tier, a pass, or the next category; for scores, the single changes ranked by the score they gain.
 * {@link dev.shades.core.explain.Differences} says what differs between two releases under one definition, and
 * which facts split two definitions on one release. Everything here is computed by evaluating modified copies of a
 * release: it never reads files and always terminates.
 */
package dev.shades.core.explain;
