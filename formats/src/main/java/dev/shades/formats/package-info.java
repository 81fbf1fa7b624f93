/**
 * Readers for descriptions written in other formats (Model Openness Tool, European Open Source AI Index, Hugging
 * Face model cards, CycloneDX, SPDX 3), plugged into {@code shades-core} through
 * {@link dev.shades.core.read.DescriptionReader}, and report writers.
 */
package dev.shades.formats;
