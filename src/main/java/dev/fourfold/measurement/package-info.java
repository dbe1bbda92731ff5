/** Actual values of KPIs per period, with who/when/source, approval state and the history of every change. */
@ApplicationModule(allowedDependencies = {"audit", "kpi", "scorecard", "shared", "storage"})
@NullMarked
package dev.fourfold.measurement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
