/** The REST endpoints that import a scorecard file into the server and export a scorecard as one. */
package dev.fourfold.importing.web;
