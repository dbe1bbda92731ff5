package dev.fourfold.scoring;

import static dev.fourfold.scoring.DataBuilder.values;
import static dev.fourfold.scoring.KpiBuilder.aKpi;
import static dev.fourfold.scoring.ScorecardBuilder.withKpis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fourfold.shared.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastTests {

    private static final double[] AIR = {17.5534, 21.8601, 23.8866, 26.9293, 26.8885, 28.8314, 30.0751, 30.9535,
            30.1857, 31.5797, 32.577569, 33.477398, 39.021581, 41.386432, 41.596552};
    private static final double[] FITTED = {21.8601, 22.0324, 25.4846, 27.5406, 30.2881, 30.2611, 31.5812, 32.5992,
            33.2422, 32.2676, 33.0778, 33.9581, 34.7771, 40.0554, 43.2159};
    private static final double[] TRENDS = {3.617628, 3.590065, 3.334382, 3.236576, 2.692635, 2.463889, 2.222910,
            1.959592, 1.470546, 1.360489, 1.280459, 1.203552, 1.882672, 2.095644, 1.836555};

    @Test
    void reproducesTheTextbookHoltFittedValuesAndTrendStates() {
        SmoothingFit fit = Smoothing.holt(AIR, 0.8, 0.2);
        for (int t = 0; t < AIR.length; t++) {
            assertThat(fit.fitted()[t]).as("fitted %d", t + 1).isCloseTo(FITTED[t], within(1e-4));
            assertThat(fit.trends()[t]).as("b%d", t + 1).isCloseTo(TRENDS[t], within(1e-5));
        }
    }

    @Test
    void forecastsAYearlyKpiWithGivenParametersThroughTheModel() {
        DataBuilder data = values();
        for (int t = 0; t < AIR.length; t++) {
            data.actual("AIR", Period.year(1990 + t), AIR[t]);
        }
        KpiBuilder air = aKpi("AIR").yearly().withTarget("40").forecastBy(new ForecastSettings(null, 0.8, 0.2));
        Forecast forecast = ScoringModel.of(withKpis(air).build(), data.build()).forecast("AIR", Period.year(2004), 3);
        Forecast.Projection projection = (Forecast.Projection) forecast;
        assertThat(projection.method()).isEqualTo(ForecastMethod.HOLT);
        SmoothingFit fit = Smoothing.holt(AIR, 0.8, 0.2);
        assertThat(projection.points()).extracting(ForecastPoint::period)
                .containsExactly(Period.year(2005), Period.year(2006), Period.year(2007));
        assertThat(projection.points().get(0).value()).isCloseTo(fit.level() + fit.trend(), within(1e-12));
        assertThat(projection.sigma2()).isEqualTo(fit.mse());
    }

    @Test
    void fitsParametersThatContinueACleanLinearSeries() {
        DataBuilder data = values();
        for (int m = 0; m < 12; m++) {
            data.actual("A", Period.month(2025, 1).plus(m), 5 + 2.5 * m);
        }
        Forecast.Projection projection = (Forecast.Projection) model(aKpi("A").withTarget("1"), data)
                .forecast("A", Period.parse("2025-12"), 6);
        for (ForecastPoint point : projection.points()) {
            assertThat(point.value()).isCloseTo(5 + 2.5 * (11 + point.horizon()), within(1e-6));
            assertThat(point.high() - point.low()).isCloseTo(0, within(1e-6));
        }
        assertThat(projection.alpha()).isCloseTo(1, within(1e-3));
    }

    @Test
    void saysWhyItCannotForecastFewerThanFourValues() {
        DataBuilder data = values().actuals("A", "2026-01", "1", "2026-02", "2", "2026-04", "3", "2026-06", "4");
        Forecast forecast = model(aKpi("A"), data).forecast("A", Period.parse("2026-04"), 0);
        assertThat(forecast).isEqualTo(new Forecast.NoForecast("A", "a forecast needs at least 4 values; A has 3 up to 2026-04"));
    }

    @Test
    void forecastsTheRemainingPeriodsOfTheFiscalYearWithWideningIntervals() {
        DataBuilder data = values();
        double[] noisy = {10, 12, 11, 14, 13, 15, 17, 16};
        for (int m = 0; m < noisy.length; m++) {
            data.actual("A", Period.month(2026, 1 + m), noisy[m]);
        }
        Forecast.Projection projection = (Forecast.Projection) model(aKpi("A").withTarget("12"), data)
                .forecast("A", Period.parse("2026-08"), 0);
        assertThat(projection.points()).extracting(ForecastPoint::period).containsExactly(
                Period.parse("2026-09"), Period.parse("2026-10"), Period.parse("2026-11"), Period.parse("2026-12"));
        List<ForecastPoint> points = projection.points();
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).high() - points.get(i).low())
                    .isGreaterThan(points.get(i - 1).high() - points.get(i - 1).low());
        }
        assertThat(projection.yearEndTarget()).isEqualTo(144);
        double projected = 108 + points.stream().mapToDouble(ForecastPoint::value).sum();
        assertThat(projection.yearEndValue()).isCloseTo(projected, within(1e-9));
        assertThat(projection.targetProbability()).isBetween(0.0, 1.0).isGreaterThan(0.5);
    }

    @Test
    void mirrorsTheProbabilityForLowerIsBetterKpis() {
        DataBuilder data = values();
        for (int m = 0; m < 6; m++) {
            data.actual("C", Period.month(2026, 1 + m), 10 + m + (m % 2) * 0.5);
        }
        Forecast.Projection higher = (Forecast.Projection) model(aKpi("C").withTarget("10"), data)
                .forecast("C", Period.parse("2026-06"), 0);
        Forecast.Projection lower = (Forecast.Projection) model(aKpi("C").lowerIsBetter().withTarget("10"), data)
                .forecast("C", Period.parse("2026-06"), 0);
        assertThat(higher.targetProbability() + lower.targetProbability()).isCloseTo(1, within(1e-12));
        assertThat(lower.targetProbability()).isLessThan(0.5);
    }

    @Test
    void choosesHoltWintersAutomaticallyForAStronglySeasonalSeries() {
        DataBuilder data = values();
        for (int m = 0; m < 36; m++) {
            data.actual("S", Period.month(2023, 1).plus(m), 100 + 0.5 * m + 30 * Math.sin(2 * Math.PI * m / 12)
                    + ((m * 7919) % 13 - 6) * 0.3);
        }
        ScoringModel model = model(aKpi("S").withTarget("100"), data);
        Forecast.Projection projection = (Forecast.Projection) model.forecast("S", Period.parse("2025-12"), 12);
        assertThat(projection.method()).isEqualTo(ForecastMethod.HOLT_WINTERS);
        assertThat(projection.gamma()).isNotNull();
        assertThat(projection.points().get(2).value()).as("March peak").isGreaterThan(projection.points().get(8).value());
        Forecast.Projection holt = (Forecast.Projection) model(aKpi("S").withTarget("100")
                .forecastBy(new ForecastSettings(ForecastMethod.HOLT, null, null)), data)
                .forecast("S", Period.parse("2025-12"), 12);
        assertThat(projection.sigma2()).isLessThan(holt.sigma2());
    }

    @Test
    void usesHoltWhenThereAreFewerThanTwoSeasons() {
        DataBuilder data = values();
        for (int m = 0; m < 23; m++) {
            data.actual("S", Period.month(2023, 1).plus(m), 100 + 30 * Math.sin(2 * Math.PI * m / 12));
        }
        Forecast forecast = model(aKpi("S").forecastBy(new ForecastSettings(ForecastMethod.HOLT_WINTERS, null, null)), data)
                .forecast("S", Period.parse("2024-11"), 1);
        assertThat(((Forecast.Projection) forecast).method()).isEqualTo(ForecastMethod.HOLT);
    }

    @Test
    void forecastsAFormulaKpiFromItsNativeValues() {
        DataBuilder data = values();
        for (int m = 0; m < 6; m++) {
            data.actual("A", Period.month(2026, 1 + m), 10 + m).actual("B", Period.month(2026, 1 + m), 10);
        }
        ScoringModel model = ScoringModel.of(withKpis(aKpi("R").calculatedAs("A / B").withTarget("1"), aKpi("A"), aKpi("B"))
                .build(), data.build());
        Forecast.Projection projection = (Forecast.Projection) model.forecast("R", Period.parse("2026-06"), 0);
        assertThat(projection.values()).isEqualTo(6);
        assertThat(projection.points().get(0).value()).isCloseTo(1.6, within(1e-3));
        assertThat(projection.yearEndTarget()).isEqualTo(1);
    }

    @Test
    void isCertainWhenTheFiscalYearHasNothingLeftToForecast() {
        DataBuilder data = values();
        for (int m = 0; m < 12; m++) {
            data.actual("A", Period.month(2026, 1 + m), 10 + (m % 3));
        }
        Forecast.Projection met = (Forecast.Projection) model(aKpi("A").withTarget("10"), data)
                .forecast("A", Period.parse("2026-12"), 0);
        assertThat(met.points()).isEmpty();
        assertThat(met.yearEndValue()).isEqualTo(132);
        assertThat(met.targetProbability()).isEqualTo(1);
        Forecast.Projection missed = (Forecast.Projection) model(aKpi("A").withTarget("12"), data)
                .forecast("A", Period.parse("2026-12"), 0);
        assertThat(missed.targetProbability()).isZero();
    }

    @Test
    void projectsABalanceByTheForecastOfTheYearsLastPeriod() {
        DataBuilder data = values();
        for (int m = 0; m < 6; m++) {
            data.actual("HEAD", Period.month(2026, 1 + m), 100 + 2 * m);
        }
        Forecast.Projection projection = (Forecast.Projection) model(aKpi("HEAD").aggregatedBy(Aggregation.LAST)
                .withTarget("115"), data).forecast("HEAD", Period.parse("2026-06"), 0);
        assertThat(projection.yearEndValue()).isCloseTo(122, within(1e-6));
        assertThat(projection.targetProbability()).isCloseTo(1, within(1e-9));
        Forecast.Projection noProbability = (Forecast.Projection) model(aKpi("HEAD").aggregatedBy(Aggregation.MAX)
                .withTarget("115"), data).forecast("HEAD", Period.parse("2026-06"), 0);
        assertThat(noProbability.targetProbability()).isNull();
    }

    private static ScoringModel model(KpiBuilder kpi, DataBuilder data) {
        return ScoringModel.of(withKpis(kpi).build(), data.build());
    }
}
