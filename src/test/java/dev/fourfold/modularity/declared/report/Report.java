package dev.fourfold.modularity.declared.report;

import dev.fourfold.modularity.declared.ledger.Ledger;

/** Uses the ledger module's API. */
public record Report(Ledger ledger) {
}
