package dev.fourfold.kpi;

import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A KPI as a client, a scorecard file or the demo supplies it: anything may be missing, texts are as typed and the
 * vocabulary is in keys ({@code higher}, {@code monthly}, {@code holt-winters}…). {@link #complete()} is the only way
 * from a draft to a {@link Kpi}; the defaults it applies are those of {@link KpiDefaults}.
 *
 * @param position  its place among its objective's KPIs, or null (or 0) to place it last
 * @param version   the version the author last read (updates only)
 */
public record KpiDraft(@Nullable Long objectiveId, @Nullable String code, @Nullable String name,
                       @Nullable String description, @Nullable String unit, @Nullable String polarity,
                       @Nullable String frequency, @Nullable String aggregation, @Nullable String method,
                       @Nullable BigDecimal weight, @Nullable Integer position, @Nullable BigDecimal baseline,
                       @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable BigDecimal redFlag,
                       Kpi.@Nullable Band band, Kpi.@Nullable Thresholds thresholds, @Nullable String formula,
                       @Nullable String missingInputs, @Nullable String targetAggregation, @Nullable BigDecimal target,
                       @Nullable String owner, @Nullable String lead, @Nullable BigDecimal benchmark,
                       @Nullable Integer graceDays, @Nullable Forecast forecast, @Nullable Long version) {

    /**
     * Forecast settings as written.
     *
     * @param method {@code auto}, {@code holt} or {@code holt-winters}; missing means {@code auto}, or {@code holt}
     *               when alpha or beta is given
     */
    public record Forecast(@Nullable String method, @Nullable BigDecimal alpha, @Nullable BigDecimal beta) {

        /** The settings of a stored KPI, in keys. */
        public static Forecast of(Kpi.Forecast f) {
            return new Forecast(f.method().key(), f.alpha(), f.beta());
        }
    }

    /**
     * The complete KPI, every default applied; without id or scorecard, which saving assigns.
     *
     * @throws InvalidInputException naming every field that is out of range or not a known key
     */
    public Kpi complete() {
        List<FieldProblem> problems = new ArrayList<>();
        Kpi kpi = complete(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kpi;
    }

    /** The complete KPI, or empty when a field has a problem (which saving the draft reports). */
    public Optional<Kpi> completed() {
        return Optional.ofNullable(complete(new ArrayList<>()));
    }

    /** The complete KPI, or null after adding the problems of its fields to {@code problems}. */
    @Nullable Kpi complete(List<FieldProblem> problems) {
        return KpiDefaults.complete(this, problems);
    }
}
