/**
 * Database plumbing that several modules' repositories share and that needs Spring's JDBC support, so it cannot
 * live in the plain-Java {@code shared} module: PostgreSQL's {@code COPY} on the running transaction's connection,
 * H2's inserts of many rows bound as column arrays, and lookups of many (KPI, period) rows.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package dev.fourfold.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
