/**
 * Readers of the European Open Source AI Index's model files (osai-index.eu: the current 12-parameter version and
 * the earlier 14-parameter one) and of its predecessor, "Opening up ChatGPT" (2023–24). Each graded parameter
 * becomes a component carrying the declared grade; the licences parameter becomes the release fact
 * {@code licenses-grade}.
 */
package dev.shades.formats.osai;
