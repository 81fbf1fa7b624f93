/** The {@code shades} command line: picocli commands over the library. */
package dev.shades.cli;
