/** Scorecard files (scorecard-as-code): the pure YAML parser and writer, and importing and exporting them on a server. */
package dev.fourfold.importing;
