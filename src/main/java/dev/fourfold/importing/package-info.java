/** Scorecard files (scorecard-as-code): the pure YAML parser and writer, and importing and exporting them on a server. */
@ApplicationModule(allowedDependencies = {"kpi", "measurement", "scorecard", "scoring", "security", "shared", "spreadsheet"})
@NullMarked
package dev.fourfold.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
