package dev.fourfold.importing.values;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.Target;
import dev.fourfold.kpi.TargetSeries;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a template of targets: every KPI of the scorecard (calculated ones too: they have targets) with the
 * periods of its frequency in the fiscal year holding today and the next, the series {@code target} for each and
 * {@code budget} or {@code stretch} for a KPI that has any, each cell holding the stored figure where there is one.
 * The long layout's {@code reason} column is left empty for the reason of the revisions the user makes. Filled in and
 * imported as a file of targets, the figures left as they were change nothing.
 */
final class TargetTemplate {

    /** The header and rows of a template. */
    record Table(List<String> header, List<List<@Nullable Object>> rows) {
    }

    private final List<Kpi> kpis;
    private final Map<String, BigDecimal> stored = new HashMap<>();
    private final Map<Long, Set<TargetSeries>> seriesOf = new HashMap<>();
    private final Map<Long, List<Period>> periods = new HashMap<>();

    TargetTemplate(List<Kpi> kpis, List<Target> targets, LocalDate today, int fiscalYearStart) {
        this.kpis = kpis;
        for (Target t : targets) {
            stored.put(key(t.kpiId(), t.series(), t.period()), t.value());
            seriesOf.computeIfAbsent(t.kpiId(), k -> new HashSet<>()).add(TargetSeries.of(t.series()));
        }
        LocalDate from = Period.holding(Frequency.YEARLY, today, fiscalYearStart)
                .firstDay(fiscalYearStart);
        LocalDate to = from.plusYears(2);
        for (Kpi k : kpis) {
            List<Period> of = new ArrayList<>();
            for (Period p = Period.holding(k.collection().frequency(), from, fiscalYearStart);
                 p.firstDay(fiscalYearStart).isBefore(to); p = p.next()) {
                of.add(p);
            }
            periods.put(k.id(), of);
        }
    }

    Table table(ValueTemplates.Layout layout) {
        return layout == ValueTemplates.Layout.LONG ? longTable() : wideTable();
    }

    private Table longTable() {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Kpi k : kpis) {
            for (TargetSeries s : series(k)) {
                for (Period p : periods.get(k.id())) {
                    rows.add(Arrays.asList(k.code(), k.name(), k.unit(), s.key(), p.key(),
                            stored.get(key(k.id(), s.key(), p.key())), null));
                }
            }
        }
        return new Table(List.of("kpi_code", "kpi_name", "unit", "series", "period", "value", "reason"), rows);
    }

    private Table wideTable() {
        TreeSet<Period> all = new TreeSet<>();
        periods.values().forEach(all::addAll);
        List<String> header = new ArrayList<>(List.of("kpi_code", "kpi_name", "unit", "series"));
        all.forEach(p -> header.add(p.key()));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Kpi k : kpis) {
            Set<Period> own = new HashSet<>(periods.get(k.id()));
            for (TargetSeries s : series(k)) {
                List<@Nullable Object> row = new ArrayList<>(Arrays.asList(k.code(), k.name(), k.unit(), s.key()));
                all.forEach(p -> row.add(own.contains(p) ? stored.get(key(k.id(), s.key(), p.key())) : null));
                rows.add(row);
            }
        }
        return new Table(header, rows);
    }

    /** The target series, and budget and stretch where the KPI has any, in that order. */
    private List<TargetSeries> series(Kpi k) {
        Set<TargetSeries> used = seriesOf.getOrDefault(k.id(), Set.of());
        return Arrays.stream(TargetSeries.values()).filter(s -> s == TargetSeries.TARGET || used.contains(s)).toList();
    }

    private static String key(long kpiId, String series, String period) {
        return kpiId + "/" + series + "/" + period;
    }
}
