/** A module that uses the ledger and says so. */
@ApplicationModule(allowedDependencies = {"ledger"})
package dev.fourfold.modularity.declared.report;

import org.springframework.modulith.ApplicationModule;
