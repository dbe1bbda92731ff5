package dev.fourfold.modularity.undeclared.ledger;

/** The API type the report module reads. */
public record Ledger(long balance) {
}
