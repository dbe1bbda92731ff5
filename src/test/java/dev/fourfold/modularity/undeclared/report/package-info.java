/** A module that uses the ledger without declaring it. */
@ApplicationModule(allowedDependencies = {})
package dev.fourfold.modularity.undeclared.report;

import org.springframework.modulith.ApplicationModule;
