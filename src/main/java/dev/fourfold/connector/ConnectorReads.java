package dev.fourfold.connector;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.OpenPeriods;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a connector reads on a day, as items of a value batch. Each KPI query runs once for every open period of
 * its KPI on that day (see {@link OpenPeriods}), with {@code :periodStart} and {@code :periodEnd} the period's first
 * and last day. The query for many KPIs runs once, from the first day of the month two months back to the day
 * itself; each of its rows names a KPI code, a period (a key such as {@code 2026-10}, or a date, which stands for
 * the KPI's period holding it) and a value.
 */
@Component
class ConnectorReads {

    /** The values read and the problems met. */
    record Reading(List<ActualService.Item> items, List<SourceReader.Row> rows, List<FieldProblem> problems) {
    }

    private final KpiService kpis;
    private final OrganisationService organisation;
    private final ConnectorRepository connectors;
    private final ConnectorSecrets secrets;
    private final ConnectorProperties properties;

    ConnectorReads(KpiService kpis, OrganisationService organisation, ConnectorRepository connectors,
                   ConnectorSecrets secrets, ConnectorProperties properties) {
        this.kpis = kpis;
        this.organisation = organisation;
        this.connectors = connectors;
        this.secrets = secrets;
        this.properties = properties;
    }

    Reading read(Connector c, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String password = null;
        try {
            JdbcUrls.check(c.jdbcUrl(), secrets.allowH2());
            password = secrets.password(c, connectors.secret(c.id()).orElse(null));
        } catch (dev.fourfold.shared.InvalidInputException e) {
            return new Reading(List.of(), List.of(), e.problems());
        }
        int fy = organisation.get().fiscalYearStart();
        List<SourceReader.Job> jobs = jobs(c, today, fy);
        SourceReader.Result result = SourceReader.read(c.jdbcUrl(), c.username(), password, c.timeoutSeconds(),
                properties.maxRows(), jobs);
        problems.addAll(result.problems());
        Map<String, Kpi> byCode = kpis(result.rows());
        List<ActualService.Item> items = new ArrayList<>();
        List<SourceReader.Row> kept = new ArrayList<>();
        for (SourceReader.Row row : result.rows()) {
            Kpi kpi = byCode.get(row.kpiCode().toUpperCase(Locale.ROOT));
            if (kpi == null) {
                problems.add(new FieldProblem(row.field(), "names the unknown KPI code '" + row.kpiCode() + "'"));
                continue;
            }
            String period = row.period() instanceof LocalDate day
                    ? OpenPeriods.containing(kpi.collection().frequency(), day, fy).key() : row.period().toString();
            items.add(new ActualService.Item(null, kpi.code(), period, row.value(), null, null, null));
            kept.add(new SourceReader.Row(kpi.code(), period, row.value(), row.field()));
        }
        return new Reading(items, kept, problems);
    }

    private List<SourceReader.Job> jobs(Connector c, LocalDate today, int fy) {
        List<SourceReader.Job> jobs = new ArrayList<>();
        for (Connector.KpiQuery q : c.queries()) {
            Kpi kpi = kpis.get(q.kpiId());
            for (Period p : OpenPeriods.of(kpi.collection().frequency(), kpi.collection().graceDays(), today, fy)) {
                jobs.add(new SourceReader.Job("queries[" + q.kpiCode() + "].sql", q.sql(),
                        window(p.firstDay(fy), p.lastDay(fy)), true, kpi.code(), p.key()));
            }
        }
        if (c.batchQuery() != null && !c.batchQuery().isBlank()) {
            jobs.add(new SourceReader.Job("batchQuery", c.batchQuery(),
                    window(today.withDayOfMonth(1).minusMonths(2), today), false, null, null));
        }
        return jobs;
    }

    private static Map<String, Object> window(LocalDate start, LocalDate end) {
        Map<String, Object> params = new HashMap<>();
        params.put("periodStart", start);
        params.put("periodEnd", end);
        return params;
    }

    private Map<String, Kpi> kpis(List<SourceReader.Row> rows) {
        Set<String> codes = rows.stream().map(r -> r.kpiCode().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        return codes.isEmpty() ? Map.of() : kpis.findByCodes(codes).stream().collect(Collectors.toMap(
                k -> k.code().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    }

}
