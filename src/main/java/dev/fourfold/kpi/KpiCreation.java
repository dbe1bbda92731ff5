package dev.fourfold.kpi;

import dev.fourfold.audit.ChangeLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * KPIs created one after another in one transaction (a scorecard-file import), each checked and inserted at once,
 * so that problems come in the same order as from {@link KpiService#create}; what every creation also writes — a
 * change-log row and a new version of its scorecard — is written once for all in {@link #finish()}.
 */
public final class KpiCreation {

    private final Function<KpiDraft, Kpi> insert;
    private final Function<Kpi, ChangeLog.Change> change;
    private final BiConsumer<List<ChangeLog.Change>, Set<Long>> record;
    private final List<ChangeLog.Change> logged = new ArrayList<>();
    private final Set<Long> scorecards = new TreeSet<>();

    KpiCreation(Function<KpiDraft, Kpi> insert, Function<Kpi, ChangeLog.Change> change,
                BiConsumer<List<ChangeLog.Change>, Set<Long>> record) {
        this.insert = insert;
        this.change = change;
        this.record = record;
    }

    /** Creates a KPI from a draft, as {@link KpiService#create} does. */
    public Kpi create(KpiDraft draft) {
        Kpi created = insert.apply(draft);
        logged.add(change.apply(created));
        scorecards.add(created.scorecardId());
        return created;
    }

    /** Records the change-log entries and scorecard versions of the KPIs created since the last call. */
    public void finish() {
        if (!logged.isEmpty()) {
            record.accept(List.copyOf(logged), Set.copyOf(scorecards));
        }
        logged.clear();
        scorecards.clear();
    }
}
