package dev.fourfold.importing;

import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.BandRange;
import dev.fourfold.scoring.ForecastMethod;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingInputs;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.scoring.ValueThresholds;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one KPI of a scorecard file; every problem goes to the parse context. */
final class KpiReader {

    static final List<String> KEYS = List.of("code", "name", "description", "owner", "unit", "polarity", "frequency",
            "aggregation", "formula", "missingInputs", "targetAggregation", "weight", "method", "baseline", "min",
            "max", "redFlag", "band", "thresholds", "lead", "benchmark", "graceDays", "target", "targets", "actuals",
            "forecast", "budgets", "stretchTargets");
    private static final List<String> BAND_KEYS = List.of("low", "high", "tolerance");
    private static final List<String> THRESHOLD_KEYS = List.of("amber", "green", "blue");
    private static final List<String> FORECAST_KEYS = List.of("method", "alpha", "beta");

    private KpiReader() {
    }

    /** The KPI, or {@code null} when it has no code (reported). */
    static KpiSection read(Node node, String path, ParseContext context) {
        YamlMapping m = YamlMapping.of(node, path, "a KPI", context, KEYS);
        if (m == null) {
            return null;
        }
        m.require("code");
        String code = m.text("code");
        String label = code == null ? "this KPI" : code;
        Frequency frequency = m.choice("frequency", Frequency::fromKey);
        Frequency native_ = frequency == null ? Frequency.MONTHLY : frequency;
        String formula = m.text("formula");
        SortedMap<Period, BigDecimal> actuals = YamlValues.periodValues(m.node("actuals"), "actuals", label, native_, context);
        if (formula != null && m.has("actuals")) {
            context.problem(m.node("actuals"), "KPI " + label + " is calculated by its formula and has no actuals; "
                    + "remove 'actuals' or the formula");
        }
        KpiSection kpi = new KpiSection(code, m.text("name"), m.text("description"), m.text("owner"), m.text("unit"),
                m.choice("polarity", Polarity::fromKey), frequency, m.choice("aggregation", Aggregation::fromKey),
                formula, m.choice("missingInputs", MissingInputs::fromKey),
                m.choice("targetAggregation", Aggregation::fromKey), m.decimal("weight"),
                m.choice("method", Method::fromKey), m.decimal("baseline"), m.decimal("min"), m.decimal("max"),
                m.decimal("redFlag"), band(m), thresholds(m), m.choice("lead", KpiReader::lead), m.decimal("benchmark"),
                m.integer("graceDays", 0, 366), m.decimal("target"),
                YamlValues.periodValues(m.node("targets"), "targets", label, native_, context), actuals, forecast(m),
                YamlValues.periodValues(m.node("budgets"), "budgets", label, native_, context),
                YamlValues.periodValues(m.node("stretchTargets"), "stretchTargets", label, native_, context));
        return code == null || code.isBlank() ? null : kpi;
    }

    private static String lead(String text) {
        if (text.equals("lead") || text.equals("lag")) {
            return text;
        }
        throw new IllegalArgumentException("'" + text + "' is neither lead nor lag");
    }

    private static BandRange band(YamlMapping kpi) {
        YamlMapping m = kpi.mapping("band", "the band", BAND_KEYS);
        if (m == null) {
            return null;
        }
        m.require("low", "high");
        BigDecimal low = m.decimal("low");
        BigDecimal high = m.decimal("high");
        BigDecimal tolerance = m.decimal("tolerance");
        return low == null || high == null ? null : new BandRange(low, high, tolerance);
    }

    private static ValueThresholds thresholds(YamlMapping kpi) {
        YamlMapping m = kpi.mapping("thresholds", "the thresholds", THRESHOLD_KEYS);
        if (m == null) {
            return null;
        }
        m.require("amber", "green");
        BigDecimal amber = m.decimal("amber");
        BigDecimal green = m.decimal("green");
        BigDecimal blue = m.decimal("blue");
        return amber == null || green == null ? null : new ValueThresholds(amber, green, blue);
    }

    private static KpiSection.Forecast forecast(YamlMapping kpi) {
        YamlMapping m = kpi.mapping("forecast", "the forecast", FORECAST_KEYS);
        if (m == null) {
            return null;
        }
        return new KpiSection.Forecast(m.choice("method", ForecastMethod::fromKey), m.decimal("alpha"),
                m.decimal("beta"));
    }
}
