/** Small programs that embed Shades, and the real model descriptions in {@code examples/releases/}. */
package dev.shades.examples;
