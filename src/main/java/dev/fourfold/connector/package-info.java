/**
 * SQL connectors: named external databases (an ERP, a CRM) that actual values are read from on a schedule, through
 * read-only connections, and recorded as one atomic batch with the source {@code connector}.
 */
@ApplicationModule(allowedDependencies = {"kpi", "measurement", "scorecard", "shared"})
@NullMarked
package dev.fourfold.connector;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
