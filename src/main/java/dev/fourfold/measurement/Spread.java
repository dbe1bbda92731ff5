package dev.fourfold.measurement;

import java.math.BigDecimal;

/** How a KPI's stored values spread: how many there are and their lower and upper quartile. */
public record Spread(long kpiId, int count, BigDecimal lowerQuartile, BigDecimal upperQuartile) {
}
