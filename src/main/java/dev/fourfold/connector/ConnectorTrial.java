package dev.fourfold.connector;

import dev.fourfold.kpi.KpiService;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A connector's test: the values it reads, each compared with the stored one, and the value service's own batch run
 * in a transaction that is always rolled back, so that the rules (frequency, locks, permissions) speak exactly as
 * they would at a run, and nothing is written.
 */
@Component
class ConnectorTrial {

    private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)]\\.?(\\w*).*");

    private final ActualService actuals;
    private final KpiService kpis;
    private final TransactionTemplate dryRuns;

    ConnectorTrial(ActualService actuals, KpiService kpis, PlatformTransactionManager transactions) {
        this.actuals = actuals;
        this.kpis = kpis;
        this.dryRuns = new TransactionTemplate(transactions);
        this.dryRuns.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    ConnectorTest of(ConnectorReads.Reading reading, Actor owner) {
        List<FieldProblem> problems = new ArrayList<>(reading.problems());
        Map<String, BigDecimal> stored = stored(reading.rows());
        List<ConnectorTest.Value> values = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (SourceReader.Row row : reading.rows()) {
            BigDecimal before = stored.get(key(row.kpiCode(), row.period().toString()));
            String change = before == null ? "new" : before.compareTo(row.value()) == 0 ? "unchanged" : "changed";
            created += before == null ? 1 : 0;
            updated += "changed".equals(change) ? 1 : 0;
            unchanged += "unchanged".equals(change) ? 1 : 0;
            values.add(new ConnectorTest.Value(row.kpiCode(), row.period().toString(), row.value(), change, before,
                    row.field()));
        }
        if (!reading.items().isEmpty()) {
            problems.addAll(dryRun(reading, owner));
        }
        return new ConnectorTest(values, problems, created, updated, unchanged);
    }

    private List<FieldProblem> dryRun(ConnectorReads.Reading reading, Actor owner) {
        try {
            BatchResult ignored = dryRuns.execute(status -> {
                status.setRollbackOnly();
                return actuals.recordAll(reading.items(), owner);
            });
            Objects.requireNonNull(ignored);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> located(p, reading.rows())).toList();
        } catch (ForbiddenException | ConflictException | NotFoundException e) {
            return List.of(new FieldProblem("values", e.getMessage()));
        }
    }

    /** A refusal of the batch at the query and KPI period it came from. */
    private static FieldProblem located(FieldProblem p, List<SourceReader.Row> rows) {
        Matcher m = ITEM.matcher(p.field());
        if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
            return p;
        }
        SourceReader.Row row = rows.get(Integer.parseInt(m.group(1)));
        return new FieldProblem(row.field(), row.kpiCode() + " " + row.period() + ": " + p.message());
    }

    private Map<String, BigDecimal> stored(List<SourceReader.Row> rows) {
        var codes = rows.stream().map(r -> r.kpiCode().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = kpis.findByCodes(codes).stream().map(k -> k.id()).toList();
        Map<String, BigDecimal> stored = new HashMap<>();
        for (Actual a : actuals.allOf(ids)) {
            stored.put(key(a.kpiCode(), a.period()), a.value());
        }
        return stored;
    }

    private static String key(String code, String period) {
        return code.toUpperCase(Locale.ROOT) + "|" + period;
    }
}
