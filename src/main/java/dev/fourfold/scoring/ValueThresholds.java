package dev.fourfold.scoring;

import java.math.BigDecimal;

/**
 * Colour thresholds in a KPI's own unit (e.g. red below 500, green from 700). They take precedence over the bands
 * in the {@code period} view at the KPI's native frequency; their direction follows the polarity (higher: green when
 * actual ≥ green; lower: green when actual ≤ green) and they are ignored for range polarity.
 *
 * @param blue optional, {@code null} when absent
 */
public record ValueThresholds(BigDecimal amber, BigDecimal green, BigDecimal blue) {

    public ValueThresholds {
        if (amber == null || green == null) {
            throw new IllegalArgumentException("value thresholds need amber and green");
        }
    }
}
