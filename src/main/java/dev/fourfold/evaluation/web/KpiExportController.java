package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.scoring.SeriesPoint;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Period;
import dev.fourfold.spreadsheet.Downloads;
import dev.fourfold.spreadsheet.Spreadsheets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A KPI's whole history as a file, from its first stored value to its latest: per native period the engine's
 * actual, target, score and status beside the stored value's state, who entered it, when, how and why. Only a
 * reader of the KPI's scorecard gets it.
 */
@Controller
class KpiExportController {

    static final List<String> HEADER = List.of("kpi_code", "kpi", "unit", "period", "actual", "target", "score",
            "status", "completeness", "budget", "stretch", "prior_year", "state", "entered_by", "entered_at", "source",
            "comment");

    private final EvaluationService evaluations;
    private final ActualService actuals;

    KpiExportController(EvaluationService evaluations, ActualService actuals) {
        this.evaluations = evaluations;
        this.actuals = actuals;
    }

    @GetMapping("/kpis/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "csv") String format, Actor actor) {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw new InvalidInputException("format", "'" + format + "' is not a format: expected csv or xlsx");
        }
        EvaluationService.PreparedKpi checked = evaluations.prepareKpi(id, null, null, null, actor);
        List<Actual> values = actuals.allOf(List.of(id));
        Period first = values.stream().map(a -> Period.parse(a.period())).min(Comparator.naturalOrder())
                .orElse(checked.from());
        Period last = values.stream().map(a -> Period.parse(a.period())).max(Comparator.naturalOrder())
                .orElse(checked.to());
        Period to = last.compareTo(checked.to()) > 0 ? last : checked.to();
        List<SeriesPoint> points = evaluations.series(new EvaluationService.PreparedKpi(checked.kpi(), checked.stored(),
                checked.version(), first.compareTo(to) <= 0 ? first : to, to, View.PERIOD)).series().points();
        List<List<@Nullable Object>> rows = rows(checked.kpi(), points, values);
        String name = "kpi-" + checked.kpi().code() + "-history." + kind;
        if (kind.equals("xlsx")) {
            List<@Nullable String> units = rows.stream().map(r -> checked.kpi().unit()).collect(Collectors.toList());
            return Downloads.of(name, true, Spreadsheets.xlsx(checked.kpi().code(), HEADER, rows,
                    HEADER.indexOf("status"), units, List.of(4, 5, 9, 10, 11)));
        }
        return Downloads.of(name, false, Spreadsheets.csv(HEADER, rows));
    }

    /** The periods newest first, each with its stored value's entry where there is one. */
    private static List<List<@Nullable Object>> rows(Kpi kpi, List<SeriesPoint> points, List<Actual> values) {
        Map<String, Actual> byPeriod = values.stream().collect(Collectors.toMap(Actual::period, Function.identity(),
                (a, b) -> a.revision() >= b.revision() ? a : b));
        List<List<@Nullable Object>> rows = new ArrayList<>(points.size());
        for (int i = points.size() - 1; i >= 0; i--) {
            SeriesPoint p = points.get(i);
            Actual stored = byPeriod.get(p.period().key());
            rows.add(Arrays.asList(kpi.code(), kpi.name(), kpi.unit(), p.period().key(),
                    stored != null && stored.state().counts() ? stored.value() : decimal(p.actual()), decimal(p.target()), decimal(p.score()),
                    p.status().key(), decimal(p.completeness()), decimal(p.budget()), decimal(p.stretch()),
                    decimal(p.priorYear()), stored == null ? null : stored.state().name().toLowerCase(Locale.ROOT),
                    stored == null ? null : stored.enteredBy(), stored == null ? null : stored.enteredAt().toString(),
                    stored == null ? null : stored.source(), stored == null ? null : stored.comment()));
        }
        return rows;
    }

    /** An engine's number as the shortest decimal that reads back as it. */
    private static @Nullable BigDecimal decimal(@Nullable Double d) {
        return d == null || d.isNaN() || d.isInfinite() ? null : BigDecimal.valueOf(d);
    }
}
