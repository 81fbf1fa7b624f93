/**
 * The abstract syntax tree of a policy file: immutable records, each carrying its {@link dev.shades.dsl.ast.Pos}.
 * Produced by {@link dev.shades.dsl.parser.PolicyParser}, read by the checker, the compiler and the formatter.
 */
package dev.shades.dsl.ast;
