/**
 * The Shades policy language: definitions of openness written as policy files, checked before they run and
 * compiled to core's definition model. The language arrives in a later release; this module already builds and
 * publishes so that dependants can rely on its coordinates.
 */
package dev.shades.dsl;
