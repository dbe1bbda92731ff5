package dev.fourfold.kpi;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.ValueKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Writes targets set-based, one target or a batch: reads the stored targets of the batch in a few queries, works
 * out in memory what is created, revised or left as it was, and writes the targets, their revisions and
 * change-log entries in JDBC batches. Runs after the checks, with the scorecards held.
 */
final class TargetWriter {

    private final TargetRepository targets;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;

    TargetWriter(TargetRepository targets, ChangeLog changeLog, ApplicationEventPublisher events) {
        this.events = events;
        this.targets = targets;
        this.changeLog = changeLog;
    }

    /**
     * A target to write: its series, the resolved value, its cleaned reason and the version it must have (optional).
     */
    record Item(TargetSeries series, PeriodValueRules.Resolved r, @Nullable String reason,
                @Nullable Long expectedVersion) {

        /** A target of the {@code target} series. */
        Item(PeriodValueRules.Resolved r, @Nullable String reason, @Nullable Long expectedVersion) {
            this(TargetSeries.TARGET, r, reason, expectedVersion);
        }
    }

    /**
     * Writes the targets, series by series; a revised target whose version is no longer the one expected (the
     * item's, or the one just read) fails the whole batch with 409.
     */
    BatchResult write(List<Item> items, Actor actor, Instant now) {
        int created = 0;
        int changedCount = 0;
        List<TargetsRevised.Revision> revised = new ArrayList<>();
        for (TargetSeries series : TargetSeries.values()) {
            List<Item> ofSeries = items.stream().filter(i -> i.series() == series).toList();
            if (ofSeries.isEmpty()) {
                continue;
            }
            Map<ValueKey, Target> stored = targets.current(ofSeries.stream().map(i -> i.r().key()).toList(), series);
            List<Planned> changed = new ArrayList<>();
            for (Item item : ofSeries) {
                Planned p = new Planned(item, stored.get(item.r().key()));
                if (!p.unchanged()) {
                    changed.add(p);
                }
            }
            store(series, changed, actor, now);
            changed.forEach(p -> revised.add(p.revised()));
            created += (int) changed.stream().filter(p -> p.current() == null).count();
            changedCount += changed.size();
        }
        if (!revised.isEmpty()) {
            events.publishEvent(new TargetsRevised(revised, actor.name(), actor.source().key(), now));
        }
        return new BatchResult(created, changedCount - created, items.size() - changedCount);
    }

    private void store(TargetSeries series, List<Planned> changed, Actor actor, Instant now) {
        if (changed.isEmpty()) {
            return;
        }
        Map<ValueKey, Integer> last = targets.lastRevisions(changed.stream().map(p -> p.item().r().key()).toList(),
                series);
        List<TargetRepository.Row> rows = new ArrayList<>(changed.size());
        List<TargetRepository.Row> inserts = new ArrayList<>();
        List<TargetRepository.Change> updates = new ArrayList<>();
        for (Planned p : changed) {
            TargetRepository.Row row = p.row(last.getOrDefault(p.item().r().key(), 0) + 1);
            rows.add(row);
            if (p.current() == null) {
                inserts.add(row);
            } else {
                Long expected = p.item().expectedVersion();
                updates.add(new TargetRepository.Change(p.current().id(), row,
                        expected != null ? expected : p.current().version()));
            }
        }
        targets.insertAll(inserts, actor, now);
        List<Long> missed = targets.updateAll(updates, actor, now);
        if (!missed.isEmpty()) {
            Planned p = changed.stream().filter(c -> c.current() != null && c.current().id() == missed.get(0))
                    .findFirst().orElseThrow();
            throw ConflictException.changedMeanwhile("target", p.current().id(), p.item().expectedVersion(),
                    p.current().version());
        }
        targets.insertRevisions(rows, actor, now);
        Map<ValueKey, Long> ids = inserts.isEmpty() ? Map.of()
                : targets.ids(inserts.stream().map(r -> new ValueKey(r.kpiId(), r.period())).toList(), series);
        changeLog.recordAll(changed.stream().map(p -> p.change(ids)).toList(), actor);
    }

    /** The fields of a target as the change log records them. */
    static Map<String, Object> snapshot(String kpi, String period, @Nullable BigDecimal value, @Nullable String reason) {
        return snapshot(TargetSeries.TARGET, kpi, period, value, reason);
    }

    /** The fields of a target of any series; the series is named only for a budget or stretch target. */
    static Map<String, Object> snapshot(TargetSeries series, String kpi, String period, @Nullable BigDecimal value,
                                        @Nullable String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (series != TargetSeries.TARGET) {
            m.put("series", series.key());
        }
        m.put("kpi", kpi);
        m.put("period", period);
        m.put("value", value);
        m.put("reason", reason);
        return m;
    }

    /** A target of the batch and the stored one it replaces (null for a new one). */
    private record Planned(Item item, @Nullable Target current) {

        /**
         * The stored figure is given again, with its reason or with none: a reason explains a revision, and a figure
         * written again without one (a filled-in template, a wide file that has no reason column) is no revision.
         */
        boolean unchanged() {
            return current != null && current.value().compareTo(item.r().value()) == 0
                    && (item.reason() == null || Objects.equals(current.reason(), item.reason()));
        }

        TargetsRevised.Revision revised() {
            PeriodValueRules.Resolved r = item.r();
            return new TargetsRevised.Revision(r.kpi().scorecardId(), r.kpi().id(), r.kpi().code(), item.series().key(),
                    r.period().key(), r.value(), item.reason(), current == null);
        }

        TargetRepository.Row row(int revision) {
            PeriodValueRules.Resolved r = item.r();
            return new TargetRepository.Row(r.kpi().id(), item.series(), r.period().key(), r.periodStart(), r.value(),
                    item.reason(), revision);
        }

        ChangeLog.Change change(Map<ValueKey, Long> ids) {
            PeriodValueRules.Resolved r = item.r();
            String period = r.period().key();
            Map<String, Object> after = snapshot(item.series(), r.kpi().code(), period, r.value(), item.reason());
            ChangeLog.Change change = current == null ? ChangeLog.created("target", ids.get(r.key()), after)
                    : ChangeLog.updated("target", current.id(), snapshot(item.series(), r.kpi().code(), period,
                    current.value(), current.reason()), after);
            return change.in(r.kpi().scorecardId());
        }
    }
}
