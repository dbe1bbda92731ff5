/** KPI definitions (how each measure is collected, aggregated and scored) and their targets with revision history. */
@ApplicationModule(allowedDependencies = {"audit", "scorecard", "scoring", "shared", "storage"})
@NullMarked
package dev.fourfold.kpi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
