package dev.fourfold.evaluation.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.evaluation.StoredScorecard;
import dev.fourfold.kpi.CollectionSettings;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.OpenPeriods;
import dev.fourfold.kpi.PeriodLock;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.scoring.Evaluation;
import dev.fourfold.scoring.KpiResult;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.SeriesPoint;
import dev.fourfold.scoring.Status;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the home page shows of one scorecard, whoever reads it: its score and status at the latest period that can be
 * scored, its scores over the twelve periods up to then, its red KPIs, its pending values and each KPI's owner with
 * whether this period's value is in, and the values overdue on a day. Kept per scorecard, data version (any write
 * changes the version) and day (a value becomes overdue as days pass, without any write), so a home page of many
 * scorecards costs one evaluation per scorecard only after a change or on a new day. Who may read it is checked by
 * {@link EvaluationService#prepare} on every request before this is asked.
 */
@Component
class HomeOverview {

    /** A KPI of the scorecard that is red at the period. */
    record RedKpi(long id, String code, String name, @Nullable Double score) {
    }

    /** A KPI with its owner and whether its value for its latest period up to the shown one is in. */
    record OwnedKpi(long id, String code, String name, String owner, String period, boolean entered) {
    }

    /**
     * A KPI whose value of {@code period} was due on {@code due} and has not come in approved, in a period open for
     * entry and not locked; {@code owner} decides, with the scorecard, who is to enter it.
     */
    record OverdueKpi(long id, String code, String name, @Nullable String owner, Frequency frequency, String period,
                      LocalDate due) {
    }

    /** One scorecard's part of the home page. */
    record Summary(Period period, @Nullable Double score, Status status, List<@Nullable Double> history, boolean locked,
                   List<RedKpi> red, List<OwnedKpi> owned, int pending, List<OverdueKpi> overdue) {
    }

    private final EvaluationService evaluations;
    private final Cache<String, Summary> kept = Caffeine.newBuilder().maximumSize(2_000).build();

    HomeOverview(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** The scorecard's summary on {@code today}, the day that decides which values are overdue. */
    Summary of(EvaluationService.Prepared prepared, LocalDate today) {
        if (prepared.version().isEmpty()) {
            return summarise(prepared, today);
        }
        return kept.get(prepared.stored().scorecard().id() + ":" + prepared.version() + ":" + today,
                k -> summarise(prepared, today));
    }

    private Summary summarise(EvaluationService.Prepared prepared, LocalDate today) {
        Period period = evaluations.latestScorable(prepared);
        StoredScorecard stored = prepared.stored();
        ScoringModel model = stored.model();
        Evaluation now = model.evaluate(period, View.PERIOD);
        List<Double> history = new ArrayList<>();
        for (int back = ScorecardSections.RECENT - 1; back >= 0; back--) {
            history.add(model.evaluate(period.plus(-back), View.PERIOD).score());
        }
        List<RedKpi> red = now.kpis().stream().filter(k -> k.status() == Status.RED)
                .filter(k -> !isInput(stored.kpi(k.code())))
                .sorted(Comparator.comparing(KpiResult::score, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(k -> new RedKpi(stored.kpi(k.code()).id(), k.code(), stored.kpi(k.code()).name(), k.score()))
                .toList();
        int pending = stored.pending().values().stream().mapToInt(java.util.Set::size).sum();
        return new Summary(period, now.score(), now.status(), history, locked(prepared.locks(), period, model),
                red, owned(stored, model, period), pending, overdue(stored, prepared.locks(), today));
    }

    /**
     * The KPIs with a value overdue on {@code today}, as the data-entry grid marks them ({@link OpenPeriods}): an open
     * period past its due date without an approved value, unless a lock covers it (nobody can enter it then).
     * Calculated KPIs are left out: nobody enters them.
     */
    private static List<OverdueKpi> overdue(StoredScorecard stored, List<PeriodLock> locks, LocalDate today) {
        int fy = stored.model().calendar().firstMonth();
        List<OverdueKpi> overdue = new ArrayList<>();
        for (Kpi kpi : stored.kpis().values()) {
            CollectionSettings c = kpi.collection();
            List<Period> due = kpi.retired() || kpi.isFormula() ? List.of()
                    : OpenPeriods.pastDue(c.frequency(), c.graceDays(), today, fy);
            if (due.isEmpty()) {
                continue;
            }
            for (SeriesPoint p : recent(stored.model(), kpi.code(), due.get(due.size() - 1), due.size())) {
                boolean locked = locks.stream().anyMatch(l -> PeriodLocks.covers(Period.parse(l.period()), p.period(), fy));
                if (p.actual() == null && !locked) {
                    overdue.add(new OverdueKpi(kpi.id(), kpi.code(), kpi.name(), c.owner(), c.frequency(),
                            p.period().key(), OpenPeriods.due(p.period(), c.graceDays(), fy)));
                }
            }
        }
        overdue.sort(Comparator.comparing(OverdueKpi::due).thenComparing(OverdueKpi::code));
        return overdue;
    }

    /** A KPI's native periods up to {@code to}; none where they lie outside the years the model supports. */
    private static List<SeriesPoint> recent(ScoringModel model, String code, Period to, int count) {
        try {
            return model.recent(code, to, count);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static List<OwnedKpi> owned(StoredScorecard stored, ScoringModel model, Period period) {
        List<OwnedKpi> owned = new ArrayList<>();
        for (Map.Entry<String, Kpi> e : stored.kpis().entrySet()) {
            Kpi kpi = e.getValue();
            String owner = kpi.collection().owner();
            if (owner == null || owner.isBlank() || kpi.retired()) {
                continue;
            }
            List<SeriesPoint> latest = model.recent(kpi.code(), period, 1);
            if (!latest.isEmpty()) {
                SeriesPoint p = latest.get(0);
                owned.add(new OwnedKpi(kpi.id(), kpi.code(), kpi.name(), owner, p.period().key(), p.actual() != null));
            }
        }
        owned.sort(Comparator.comparing(OwnedKpi::code));
        return owned;
    }

    private static boolean isInput(Kpi kpi) {
        BigDecimal weight = kpi.scoring().weight();
        return weight != null && weight.signum() == 0;
    }

    /** Whether a period lock covers every day of the period. */
    private static boolean locked(List<PeriodLock> locks, Period period, ScoringModel model) {
        int fy = model.calendar().firstMonth();
        return locks.stream().map(l -> Period.parse(l.period())).anyMatch(l ->
                !l.firstDay(fy).isAfter(period.firstDay(fy)) && !l.lastDay(fy).isBefore(period.lastDay(fy)));
    }
}
