/** A module that depends on nothing. */
@ApplicationModule(allowedDependencies = {})
package dev.fourfold.modularity.declared.ledger;

import org.springframework.modulith.ApplicationModule;
