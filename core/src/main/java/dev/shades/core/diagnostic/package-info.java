/**
 * Diagnostics: user errors, warnings and notes as values, each with a stable code and a source location.
 *
 * <p>Every stage of Shades (reading a description, parsing a licence expression, checking a policy) reports
 * problems with the user's input as {@link dev.shades.core.diagnostic.Diagnostic} values rather than exceptions.
 */
package dev.shades.core.diagnostic;
