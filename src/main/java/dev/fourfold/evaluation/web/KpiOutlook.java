package dev.fourfold.evaluation.web;

import dev.fourfold.scoring.Forecast;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The year-end outlook of a KPI's page from the engine's forecast: a probability with its sentence, or why none. */
final class KpiOutlook {

    private KpiOutlook() {
    }

    static KpiPage.Outlook of(Forecast forecast, @Nullable String unit, MessageSource messages, Locale locale) {
        KpiNumbers numbers = new KpiNumbers(locale);
        String u = unit == null || unit.isBlank() ? "" : " " + unit;
        if (forecast instanceof Forecast.Projection p) {
            if (p.targetProbability() == null || p.yearEndTarget() == null) {
                return new KpiPage.Outlook(null, messages.getMessage("kpi.outlook.noProbability",
                        new Object[] {numbers.value(round(p.yearEndValue())) + u}, locale));
            }
            String probability = numbers.percent(p.targetProbability());
            return new KpiPage.Outlook(probability, messages.getMessage("kpi.outlook.probability",
                    new Object[] {probability, numbers.value(round(p.yearEndTarget())) + u,
                            numbers.value(round(p.yearEndValue())) + u, p.values()}, locale));
        }
        return new KpiPage.Outlook(null, messages.getMessage("kpi.outlook.none",
                new Object[] {((Forecast.NoForecast) forecast).reason()}, locale));
    }

    /** Projections are estimates: two decimals say enough. */
    private static @Nullable Double round(@Nullable Double x) {
        return x == null || !Double.isFinite(x) ? x : Math.round(x * 100) / 100.0;
    }
}
