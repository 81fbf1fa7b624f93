/**
 * Checking and compiling policy files: names are resolved (with "did you mean" hints), types checked, imports and
 * {@code extends} followed (with cycle checks), rules that can never hold and tiers that can never be reached
 * reported, and each definition compiled to core's {@link dev.shades.core.definition.Definition}. Problems are
 * diagnostics with stable codes, never exceptions.
 */
package dev.shades.dsl.compile;
