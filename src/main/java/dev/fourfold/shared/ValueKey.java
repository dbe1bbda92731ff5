package dev.fourfold.shared;

/**
 * A KPI's value (an actual value or a target) in one period: the key by which a batch looks up stored values and
 * their versions all at once.
 */
public record ValueKey(long kpiId, String period) {
}
