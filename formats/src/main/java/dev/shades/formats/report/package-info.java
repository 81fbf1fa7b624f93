/**
 * Reports over a matrix of releases × definitions: the {@link dev.shades.formats.report.Report} model and its
 * writers for the terminal ({@link dev.shades.formats.report.TextReport}), Markdown
 * ({@link dev.shades.formats.report.MarkdownReport}), a self-contained HTML page
 * ({@link dev.shades.formats.report.HtmlReport}) and SVG badges ({@link dev.shades.formats.report.SvgBadge}).
 * Writers are deterministic: the only date they print is the one recorded in the evaluations' audit.
 */
package dev.shades.formats.report;
