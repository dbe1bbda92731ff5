/**
 * Entering values in the browser: the grid of the KPIs a user may enter against their open periods, saved in one
 * atomic batch, and the queue of values awaiting the user's approval.
 */
@ApplicationModule(allowedDependencies = {"evaluation", "kpi", "measurement", "scorecard", "scoring", "shared"})
@NullMarked
package dev.fourfold.entry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
