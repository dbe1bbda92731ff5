/** The REST endpoints that import a scorecard file into the server and export a scorecard as one. */
@NullMarked
package dev.fourfold.importing.web;

import org.jspecify.annotations.NullMarked;
