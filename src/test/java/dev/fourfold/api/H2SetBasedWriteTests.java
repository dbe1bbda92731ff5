package dev.fourfold.api;

/** The set-based write cases on the embedded default database, H2 in PostgreSQL mode. */
class H2SetBasedWriteTests extends ApiContract implements SetBasedWriteCases {
}
