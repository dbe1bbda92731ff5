package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

/**
 * A forecast value of one native period with its 95 % prediction interval.
 *
 * @param horizon how many native periods after the last value
 */
public record ForecastPoint(Period period, int horizon, double value, double low, double high) {
}
