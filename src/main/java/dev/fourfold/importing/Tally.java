package dev.fourfold.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the changes of an import per kind as they happen. */
final class Tally {

    static final List<String> KINDS = List.of("unit", "scorecard", "perspective", "objective", "kpi", "target", "actual",
            "include");

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    Tally() {
        KINDS.forEach(kind -> counts.put(kind, new int[4]));
    }

    void created(String kind) {
        counts.get(kind)[0]++;
    }

    void updated(String kind) {
        counts.get(kind)[1]++;
    }

    void retired(String kind) {
        counts.get(kind)[2]++;
    }

    void unchanged(String kind) {
        counts.get(kind)[3]++;
    }

    void add(String kind, int created, int updated, int unchanged) {
        int[] c = counts.get(kind);
        c[0] += created;
        c[1] += updated;
        c[3] += unchanged;
    }

    ImportSummary summary(boolean dryRun, Long scorecardId) {
        Map<String, ImportSummary.Counts> result = new LinkedHashMap<>();
        counts.forEach((kind, c) -> result.put(kind, new ImportSummary.Counts(c[0], c[1], c[2], c[3])));
        return new ImportSummary(dryRun, scorecardId, result);
    }
}
