package dev.fourfold.modularity.undeclared.report;

import dev.fourfold.modularity.undeclared.ledger.Ledger;

/** Uses the ledger module's API. */
public record Report(Ledger ledger) {
}
