package dev.fourfold.scoring;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A KPI over a range of its native periods in one view (for a chart of actual against target), with the forecast
 * from the last period of the range to the end of its fiscal year.
 */
public record KpiSeries(String code, View view, List<SeriesPoint> points, Forecast forecast) {

    public KpiSeries {
        points = List.copyOf(points);
    }

    /**
     * The change of score from each point to the next ({@code null} where either has no score): the trend arrows.
     * The first point has no predecessor in the series, so the list is one shorter than {@link #points()}.
     */
    public List<Double> scoreChanges() {
        return IntStream.range(1, points.size()).mapToObj(i -> {
            Double before = points.get(i - 1).score();
            Double now = points.get(i).score();
            return before == null || now == null ? null : now - before;
        }).toList();
    }
}
