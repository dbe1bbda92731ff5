/**
 * The scoring engine in plain Java: scoring methods, bands, roll-up, period algebra, formula KPIs, forecasts and
 * explanations. No Spring, no Jakarta, no JDBC: it is given definitions and values and computes, nothing else.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package dev.fourfold.scoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
