package dev.fourfold.importing;

import java.time.Instant;

/**
 * A file of values was committed, inside the committing transaction (its values are announced by
 * {@code measurement.ValuesRecorded} in the same transaction).
 */
public record ValuesImported(long importId, String fileName, int created, int updated, int unchanged,
                             String committedBy, Instant at) {
}
