/**
 * Reading descriptions: the {@link dev.shades.core.read.Descriptions} facade reads any file whose format a
 * {@link dev.shades.core.read.DescriptionReader} on the class path recognises (found with
 * {@link java.util.ServiceLoader}), and returns a {@link dev.shades.core.read.ReadResult}: a release, or the
 * diagnostics that explain why there is none. Reading never throws for bad input.
 */
package dev.shades.core.read;
