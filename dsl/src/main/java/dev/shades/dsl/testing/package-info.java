/** Running the {@code test} blocks of policy files, from Java, the command line or JUnit. */
package dev.shades.dsl.testing;
