package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.kpi.PeriodLock;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.kpi.Target;
import dev.fourfold.kpi.TargetRevision;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualRevision;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.measurement.ActualState;
import dev.fourfold.scoring.SeriesPoint;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Period;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The history parts of a KPI's page: a row per native period of the window (latest first) with the stored value's
 * entry and the lock covering it, every version of the window's revised targets with their reasons, and every
 * version of its changed values. Revisions are read only for periods whose target or value was revised.
 */
@Component
class KpiHistory {

    private final PeriodLocks locks;
    private final TargetService targets;
    private final ActualService actuals;

    KpiHistory(PeriodLocks locks, TargetService targets, ActualService actuals) {
        this.locks = locks;
        this.targets = targets;
        this.actuals = actuals;
    }

    /** The shape that shows a status besides its colour and word. */
    static String symbol(String status) {
        return SectionsHtml.SHAPES.getOrDefault(status, "○");
    }

    List<KpiPage.HistoryRow> rows(EvaluationService.PreparedKpi at, Period selected, List<SeriesPoint> points,
                                  List<Actual> values, Actor actor, Locale locale) {
        KpiNumbers numbers = new KpiNumbers(locale);
        int fiscalStart = at.stored().model().scorecard().fiscalYearStart();
        List<PeriodLock> locked = locks.of(at.kpi().scorecardId(), actor);
        Map<String, Actual> byPeriod = values.stream().collect(Collectors.toMap(Actual::period, a -> a, (a, b) -> b));
        List<KpiPage.HistoryRow> rows = new ArrayList<>(points.size());
        for (int i = points.size() - 1; i >= 0; i--) {
            SeriesPoint p = points.get(i);
            Actual a = byPeriod.get(p.period().key());
            PeriodLock lock = covering(locked, p.period(), fiscalStart);
            boolean waiting = a != null && !a.state().counts();
            rows.add(new KpiPage.HistoryRow(p.period().key(), numbers.value(p.actual()), numbers.value(p.target()),
                    numbers.score(p.score()), p.status().key(), symbol(p.status().key()),
                    a == null ? null : a.enteredBy(), a == null ? null : time(a.enteredAt(), locale),
                    a == null ? null : a.source(), a == null ? null : a.comment(),
                    waiting ? a.state().key() : null, waiting ? numbers.value(a.value()) : null,
                    lock == null ? null : lock.lockedBy(), lock == null ? null : time(lock.lockedAt(), locale),
                    p.period().equals(selected)));
        }
        return rows;
    }

    private static @Nullable PeriodLock covering(List<PeriodLock> locked, Period period, int fiscalStart) {
        for (PeriodLock lock : locked) {
            Period l = Period.parse(lock.period());
            if (!l.firstDay(fiscalStart).isAfter(period.firstDay(fiscalStart))
                    && !l.lastDay(fiscalStart).isBefore(period.lastDay(fiscalStart))) {
                return lock;
            }
        }
        return null;
    }

    /** The KPI's stored targets of every period, the current version of each. */
    List<Target> targets(long kpiId) {
        return targets.allOf(kpiId);
    }

    /** Every version of each target of the window that was revised, latest period first, oldest version first. */
    List<KpiPage.TargetChange> targetChanges(EvaluationService.PreparedKpi at, List<Target> stored, Actor actor,
                                             Locale locale) {
        KpiNumbers numbers = new KpiNumbers(locale);
        Set<String> window = windowKeys(at);
        List<KpiPage.TargetChange> changes = new ArrayList<>();
        List<Target> revised = stored.stream()
                .filter(t -> t.revision() > 1 && "target".equals(t.series()) && window.contains(t.period()))
                .sorted((x, y) -> Period.parse(y.period()).compareTo(Period.parse(x.period()))).toList();
        for (Target t : revised) {
            for (TargetRevision r : targets.revisions(at.kpi().id(), t.period(), actor)) {
                changes.add(new KpiPage.TargetChange(r.period(), r.revision(), numbers.value(r.value()), r.reason(),
                        r.setBy(), time(r.setAt(), locale), false));
            }
            changes.add(new KpiPage.TargetChange(t.period(), t.revision(), numbers.value(t.value()), t.reason(),
                    t.setBy(), time(t.setAt(), locale), true));
        }
        return changes;
    }

    /** Every version of each value of the window that was changed, latest period first, oldest version first. */
    List<KpiPage.ValueChange> valueChanges(EvaluationService.PreparedKpi at, List<Actual> values, Actor actor,
                                           Locale locale) {
        KpiNumbers numbers = new KpiNumbers(locale);
        Set<String> window = windowKeys(at);
        List<KpiPage.ValueChange> changes = new ArrayList<>();
        List<Actual> changed = values.stream().filter(a -> a.revision() > 1 && window.contains(a.period()))
                .sorted((x, y) -> Period.parse(y.period()).compareTo(Period.parse(x.period()))).toList();
        for (Actual a : changed) {
            for (ActualRevision r : actuals.history(a.id(), actor)) {
                changes.add(new KpiPage.ValueChange(r.period(), r.revision(), numbers.value(r.value()),
                        stateKey(r.state()), r.comment(), r.source(), r.changedBy(), time(r.changedAt(), locale)));
            }
        }
        return changes;
    }

    private static @Nullable String stateKey(@Nullable ActualState state) {
        return state == null ? null : state.key();
    }

    private static Set<String> windowKeys(EvaluationService.PreparedKpi at) {
        Map<String, Boolean> keys = new HashMap<>();
        for (Period p = at.from(); p.compareTo(at.to()) <= 0; p = p.next()) {
            keys.put(p.key(), true);
        }
        return keys.keySet();
    }

    /** A moment in the reader's locale, in UTC, the zone the server records in. */
    static String time(@Nullable Instant t, Locale locale) {
        return t == null ? KpiNumbers.NONE : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(t) + " UTC";
    }
}
