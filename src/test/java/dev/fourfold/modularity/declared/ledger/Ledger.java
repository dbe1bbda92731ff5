package dev.fourfold.modularity.declared.ledger;

/** The API type the report module reads. */
public record Ledger(long balance) {
}
