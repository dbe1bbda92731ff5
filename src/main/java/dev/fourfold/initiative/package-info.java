/** Initiatives: the projects that should move an objective, with owner, dates, budget and progress. */
@ApplicationModule(allowedDependencies = {"audit", "scorecard", "shared"})
@NullMarked
package dev.fourfold.initiative;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
