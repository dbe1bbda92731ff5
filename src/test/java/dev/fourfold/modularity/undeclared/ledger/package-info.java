/** A module that depends on nothing. */
@ApplicationModule(allowedDependencies = {})
package dev.fourfold.modularity.undeclared.ledger;

import org.springframework.modulith.ApplicationModule;
