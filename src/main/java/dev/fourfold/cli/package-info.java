/** Commands run from the server jar without starting the server, such as {@code evaluate} for a scorecard file. */
package dev.fourfold.cli;
