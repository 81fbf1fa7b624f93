/**
 * The writer of Shades' own description format: {@link dev.shades.formats.shades.DescriptionWriter} turns a release
 * read from any format into a {@code shades: 1} description that reads back as an equal release, but for what the
 * format cannot hold (licence text that is not an SPDX expression, links that are not URLs, ...), which it maps or
 * leaves out and lists.
 */
package dev.shades.formats.shades;
