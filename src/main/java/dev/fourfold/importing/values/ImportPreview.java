package dev.fourfold.importing.values;

import dev.fourfold.kpi.PeriodValueRules;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.measurement.Spread;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The preview of one file, built chunk by chunk: the counts of what the file would create, change and leave, its
 * problems (the first {@value ValueImport#SHOWN} listed, all counted), its warnings, and the KPIs and periods of its
 * values to find those given twice in different chunks.
 */
final class ImportPreview {

    private final ActualService actuals;
    private final Actor importer;
    private final KeyTrail trail;
    private final Map<Long, Spread> spreads = new HashMap<>();
    private final Set<Long> spreadsRead = new HashSet<>();
    private final RowProblems problems = new RowProblems();
    private final RowProblems warnings = new RowProblems();
    private BatchResult counts = new BatchResult(0, 0, 0);

    ImportPreview(ActualService actuals, Actor importer, int chunk) {
        this.actuals = actuals;
        this.importer = importer;
        this.trail = new KeyTrail(chunk);
    }

    /** What the preview says. */
    record Outcome(BatchResult counts, int problemCount, List<RowProblem> problems, int warningCount,
                   List<RowProblem> warnings) {
    }

    /** Checks a chunk of rows, given as the value service's items in the same order. */
    void check(List<ValueRow> rows, List<ActualService.Item> items, List<String> headers) {
        ActualService.Check check = actuals.check(items, importer);
        counts = new BatchResult(counts.created() + check.counts().created(),
                counts.updated() + check.counts().updated(), counts.unchanged() + check.counts().unchanged());
        ImportItems.rowProblems(check.problems(), rows, headers).forEach(problems::add);
        readSpreads(check.resolved());
        for (int i = 0; i < rows.size(); i++) {
            PeriodValueRules.Resolved r = check.resolved().get(i);
            ValueRow row = rows.get(i);
            if (r == null) {
                trail.skip();
                continue;
            }
            trail.add(r.kpi().id(), r.periodStart(), row.row(), row.periodColumn());
            Spread spread = spreads.get(r.kpi().id());
            String warning = spread == null ? null : HistoryFences.warning(r.kpi().code(), r.value(), spread);
            if (warning != null) {
                warnings.add(new RowProblem(row.row(), row.column(), header(headers, row.column()), warning));
            }
        }
    }

    /** Adds the values given again in a later chunk and the file's own problems, and says what the preview found. */
    Outcome finish(RowChunks chunks) {
        for (KeyTrail.Repeat repeat : trail.repeats()) {
            problems.add(new RowProblem(repeat.row(), repeat.column(), header(chunks.headers, repeat.column()),
                    "gives the same KPI and period as row " + repeat.firstRow() + ": give one value per KPI and period"));
        }
        return new Outcome(counts, problems.countWithThoseOf(chunks), problems.withThoseOf(chunks),
                warnings.count(), warnings.listed());
    }

    /** The spreads of the chunk's KPIs not read yet: once per KPI and file. */
    private void readSpreads(List<PeriodValueRules.Resolved> resolved) {
        Set<Long> missing = new HashSet<>();
        for (PeriodValueRules.Resolved r : resolved) {
            if (r != null && !spreadsRead.contains(r.kpi().id())) {
                missing.add(r.kpi().id());
            }
        }
        if (!missing.isEmpty()) {
            spreads.putAll(actuals.spreads(missing, HistoryFences.LEAST));
            spreadsRead.addAll(missing);
        }
    }

    private static String header(List<String> headers, int column) {
        return column >= 1 && column <= headers.size() ? headers.get(column - 1) : "";
    }
}
