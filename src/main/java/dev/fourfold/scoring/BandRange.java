package dev.fourfold.scoring;

import java.math.BigDecimal;

/**
 * The band of a {@code range} KPI: inside {@code [low, high]} is best. The {@code band} method scores 100 inside and
 * falls linearly to 0 at {@code tolerance} beyond the nearer edge (0 straight away without a tolerance).
 *
 * @param tolerance optional, {@code null} when absent
 */
public record BandRange(BigDecimal low, BigDecimal high, BigDecimal tolerance) {

    public BandRange {
        if (low == null || high == null) {
            throw new IllegalArgumentException("a band needs low and high");
        }
    }
}
