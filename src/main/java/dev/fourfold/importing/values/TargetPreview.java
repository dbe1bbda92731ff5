package dev.fourfold.importing.values;

import dev.fourfold.kpi.TargetService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The preview of a file of targets, chunk by chunk: each chunk is recorded by the target service in a transaction
 * that is rolled back (its rules, permissions and locks; exact counts), and a KPI, period and series given again in
 * a later chunk is named. A file of targets holds at most {@value #MAX_ROWS} values.
 */
final class TargetPreview {

    static final int MAX_ROWS = 100_000;

    /** Runs a chunk's batch and undoes it. */
    interface DryRun {
        BatchResult run(Supplier<BatchResult> batch);
    }

    private final TargetService targets;
    private final Actor importer;
    private final DryRun dryRun;
    private final Map<String, int[]> seen = new HashMap<>();
    private final RowProblems problems = new RowProblems();
    private BatchResult counts = new BatchResult(0, 0, 0);
    private int chunk;
    private int rows;

    TargetPreview(TargetService targets, Actor importer, DryRun dryRun) {
        this.targets = targets;
        this.importer = importer;
        this.dryRun = dryRun;
    }

    void check(List<ValueRow> chunkRows, List<TargetService.Item> items, List<String> headers) {
        chunk++;
        rows += chunkRows.size();
        if (rows > MAX_ROWS) {
            if (rows - chunkRows.size() <= MAX_ROWS) {
                problems.add(new RowProblem(0, 0, "", "has more than " + String.format(Locale.ROOT, "%,d", MAX_ROWS)
                        + " targets: split the file"));
            }
            return;
        }
        repeats(chunkRows, items, headers);
        try {
            BatchResult r = dryRun.run(() -> targets.recordAll(items, importer));
            counts = new BatchResult(counts.created() + r.created(), counts.updated() + r.updated(),
                    counts.unchanged() + r.unchanged());
        } catch (InvalidInputException e) {
            ImportItems.rowProblems(e.problems(), chunkRows, headers).forEach(problems::add);
        } catch (ForbiddenException | ConflictException e) {
            problems.add(new RowProblem(0, 0, "", e.getMessage()));
        }
    }

    /** The KPI, period and series of each value, against those of earlier chunks (a chunk checks its own). */
    private void repeats(List<ValueRow> chunkRows, List<TargetService.Item> items, List<String> headers) {
        for (int i = 0; i < chunkRows.size(); i++) {
            TargetService.Item item = items.get(i);
            String key = item.kpiCode().toUpperCase(Locale.ROOT) + "|" + item.period() + "|"
                    + (item.series() == null ? "target" : item.series().strip().toLowerCase(Locale.ROOT));
            int[] first = seen.putIfAbsent(key, new int[] {chunk, chunkRows.get(i).row()});
            if (first != null && first[0] != chunk) {
                ValueRow row = chunkRows.get(i);
                problems.add(new RowProblem(row.row(), row.periodColumn(), row.periodColumn() <= headers.size()
                        ? headers.get(row.periodColumn() - 1) : "", "gives the same KPI and period as row " + first[1]
                        + ": give one value per KPI and period"));
            }
        }
    }

    ImportPreview.Outcome finish(RowChunks chunks) {
        return new ImportPreview.Outcome(counts, problems.countWithThoseOf(chunks), problems.withThoseOf(chunks),
                0, List.of());
    }
}
