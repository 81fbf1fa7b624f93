/** The reader of Model Openness Tool descriptions (the YAML files of isitopen.ai). */
package dev.shades.formats.mot;
