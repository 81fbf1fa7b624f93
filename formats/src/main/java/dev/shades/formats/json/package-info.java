/**
 * The documented, stable JSON forms of evaluations and diagnostics (JSON Schemas beside them in the jar:
 * {@code evaluation.schema.json}, {@code diagnostics.schema.json}).
 */
package dev.shades.formats.json;
