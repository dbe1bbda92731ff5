package dev.fourfold.evaluation.web;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.scoring.Bands;
import dev.fourfold.scoring.Forecast;
import dev.fourfold.scoring.ForecastPoint;
import dev.fourfold.scoring.KpiSeries;
import dev.fourfold.scoring.SeriesPoint;
import dev.fourfold.shared.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data {@code kpi.js} draws the KPI's chart from, written as JSON into the chart element's {@code data-chart}
 * attribute (the Content-Security-Policy allows no inline script): one category per period, the series' actuals,
 * targets and scores, the forecast with its 95 % interval on the periods after the last value (with their planned
 * targets, so that it reads against them), the scorecard's
 * bands (shaded on the score) and the KPI's value thresholds (shaded on the values), and the labels in the reader's
 * language. Names are data: the script escapes them wherever it writes HTML.
 */
record KpiChart(String name, String unit, String locale, List<String> periods, List<@Nullable Double> actual,
                List<@Nullable Double> target, List<@Nullable Double> score, List<String> status,
                List<@Nullable Double> forecast, List<@Nullable Double> low, List<@Nullable Double> high,
                Map<String, @Nullable Double> bands, Map<String, Object> thresholds, Map<String, String> labels) {

    private static final List<String> LABELS = List.of("actual", "target", "forecast", "interval", "score", "red",
            "amber", "green", "blue", "values", "scores");

    /** @param planned the target of a period after the series (the forecast's), or null */
    static KpiChart of(Kpi kpi, KpiSeries series, Function<Period, @Nullable Double> planned, Bands bands, ColourSentences.@Nullable Thresholds thresholds,
                       MessageSource messages, Locale locale) {
        List<String> periods = new ArrayList<>();
        List<@Nullable Double> actual = new ArrayList<>();
        List<@Nullable Double> target = new ArrayList<>();
        List<@Nullable Double> score = new ArrayList<>();
        List<String> status = new ArrayList<>();
        for (SeriesPoint p : series.points()) {
            periods.add(p.period().key());
            actual.add(p.actual());
            target.add(p.target());
            score.add(p.score());
            status.add(p.status().key());
        }
        int history = periods.size();
        List<@Nullable Double> forecast = nulls(history);
        List<@Nullable Double> low = nulls(history);
        List<@Nullable Double> high = nulls(history);
        if (series.forecast() instanceof Forecast.Projection projection) {
            for (ForecastPoint f : projection.points()) {
                int at = periods.indexOf(f.period().key());
                if (at < 0) {
                    periods.add(f.period().key());
                    target.add(planned.apply(f.period()));
                    forecast.add(f.value());
                    low.add(f.low());
                    high.add(f.high());
                } else {
                    forecast.set(at, f.value());
                    low.set(at, f.low());
                    high.set(at, f.high());
                }
            }
            joinToLastActual(actual, forecast, low, high);
        }
        Map<String, @Nullable Double> b = new LinkedHashMap<>();
        b.put("amber", bands.amber());
        b.put("green", bands.green());
        b.put("blue", bands.blue());
        Map<String, Object> t = new LinkedHashMap<>();
        if (thresholds != null) {
            t.put("amber", thresholds.amber());
            t.put("green", thresholds.green());
            t.put("polarity", thresholds.polarity().key());
            if (thresholds.blue() != null) {
                t.put("blue", thresholds.blue());
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        LABELS.forEach(l -> labels.put(l, messages.getMessage("kpi.chart." + l, null, locale)));
        return new KpiChart(kpi.name(), kpi.unit() == null ? "" : kpi.unit(), locale.toLanguageTag(), periods, actual,
                target, score, status, forecast, low, high, b, t, labels);
    }

    /** The forecast line starts at the last actual, so that it reads as its continuation. */
    private static void joinToLastActual(List<@Nullable Double> actual, List<@Nullable Double> forecast,
                                         List<@Nullable Double> low, List<@Nullable Double> high) {
        for (int i = actual.size() - 1; i >= 0; i--) {
            if (actual.get(i) != null) {
                if (forecast.get(i) == null) {
                    forecast.set(i, actual.get(i));
                    low.set(i, actual.get(i));
                    high.set(i, actual.get(i));
                }
                return;
            }
        }
    }

    private static List<@Nullable Double> nulls(int n) {
        List<@Nullable Double> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(null);
        }
        return list;
    }

    /** Pads the per-period lists to the forecast's periods, then writes the whole as JSON. */
    String json(JsonMapper mapper) {
        while (actual.size() < periods.size()) {
            actual.add(null);
            score.add(null);
            status.add("none");
        }
        return mapper.writeValueAsString(this);
    }
}
