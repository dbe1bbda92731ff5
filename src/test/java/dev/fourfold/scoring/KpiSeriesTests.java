package dev.fourfold.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Period;
import org.junit.jupiter.api.Test;

class KpiSeriesTests {

    private final ScoringEngine engine = new ScoringEngine();

    @Test
    void listsEveryNativePeriodOfTheRangeWithItsScore() {
        KpiSeries series = engine.series(ScorecardFixtures.acme(), ScorecardFixtures.acmeData(), "cycle",
                Period.parse("2026-01"), Period.parse("2026-03"), View.PERIOD);
        assertThat(series.code()).isEqualTo("CYCLE");
        assertThat(series.points()).extracting(SeriesPoint::period).containsExactly(
                Period.parse("2026-01"), Period.parse("2026-02"), Period.parse("2026-03"));
        assertThat(series.points()).extracting(SeriesPoint::actual).containsExactly(10.0, 9.5, 9.0);
        assertThat(series.points()).extracting(SeriesPoint::score).containsExactly(50.0, 62.5, 75.0);
        assertThat(series.scoreChanges()).containsExactly(12.5, 12.5);
        assertThat(series.forecast()).isInstanceOf(Forecast.NoForecast.class);
    }

    @Test
    void walksAQuarterlyKpiByQuarterAndCumulatesInTheYearToDateView() {
        KpiSeries series = engine.series(ScorecardFixtures.acme(), ScorecardFixtures.acmeData(), "REV",
                Period.parse("2026-01"), Period.parse("2026-03"), View.YTD);
        assertThat(series.points()).extracting(SeriesPoint::actual).containsExactly(95.0, 215.0, 319.5);
        assertThat(series.points()).extracting(SeriesPoint::target).containsExactly(100.0, 200.0, 310.0);
        KpiSeries nps = engine.series(ScorecardFixtures.acme(), ScorecardFixtures.acmeData(), "NPS",
                Period.parse("2026"), Period.parse("2026"), View.PERIOD);
        assertThat(nps.points()).extracting(SeriesPoint::period).containsExactly(
                Period.parse("2026-Q1"), Period.parse("2026-Q2"), Period.parse("2026-Q3"), Period.parse("2026-Q4"));
        assertThat(nps.points()).extracting(SeriesPoint::score).containsExactly(90.0, null, null, null);
    }

    @Test
    void comparesScoresWithThePreviousPeriodForTrendArrows() {
        ScoringModel model = engine.compile(ScorecardFixtures.acme(), ScorecardFixtures.acmeData());
        Evaluation march = model.evaluate(Period.parse("2026-03"), View.PERIOD);
        Evaluation february = model.evaluate(Period.parse("2026-03").previous(), View.PERIOD);
        assertThat(march.scoreChanges(february)).containsEntry("CYCLE", 12.5).containsEntry("NPS", null);
    }
}
