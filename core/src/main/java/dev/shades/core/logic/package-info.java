/** Three-valued logic: every test Shades makes is satisfied, violated, or unknown when the facts are missing. */
package dev.shades.core.logic;
