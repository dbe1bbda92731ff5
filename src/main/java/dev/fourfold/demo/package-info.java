/**
 * The demo company: a group and two divisions with their scorecards, about forty KPIs and three years of values,
 * generated deterministically and loaded on first start into an empty database.
 */
@ApplicationModule(allowedDependencies = {"kpi", "measurement", "scorecard", "security", "shared"})
@NullMarked
package dev.fourfold.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
