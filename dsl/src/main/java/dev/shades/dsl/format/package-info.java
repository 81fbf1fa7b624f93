/**
 * The canonical formatter of the policy language: {@link dev.shades.dsl.format.PolicyFormatter} prints a parsed
 * {@link dev.shades.dsl.ast.Ast.PolicyFile} in one fixed layout, keeping every comment.
 */
package dev.shades.dsl.format;
