package dev.fourfold.entry;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.OpenPeriods;
import dev.fourfold.kpi.PeriodLock;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Builds the data-entry grid: the KPIs the user may enter (as the value API decides: their own as KPI owner, every
 * KPI of a scorecard they own, everything for administrators), with the calculated KPIs they would own beside
 * them, against the periods open for entry; locked periods are read-only.
 */
@Service
public class DataEntry {

    private final ScorecardService scorecards;
    private final KpiService kpis;
    private final ActualService actuals;
    private final PeriodLocks locks;
    private final OrganisationService organisation;
    private final EvaluationService evaluations;
    private final Access access;
    private final Clock clock;

    DataEntry(ScorecardService scorecards, KpiService kpis, ActualService actuals, PeriodLocks locks,
              OrganisationService organisation, EvaluationService evaluations, Access access, Clock clock) {
        this.scorecards = scorecards;
        this.kpis = kpis;
        this.actuals = actuals;
        this.locks = locks;
        this.organisation = organisation;
        this.evaluations = evaluations;
        this.access = access;
        this.clock = clock;
    }

    /** The grid, optionally of one scorecard and one frequency. */
    public EntryGrid grid(Actor actor, @Nullable Long scorecardId, @Nullable Frequency frequency) {
        LocalDate today = LocalDate.now(clock);
        int fy = organisation.get().fiscalYearStart();
        List<EntryGrid.Choice> choices = new ArrayList<>();
        TreeSet<Frequency> frequencies = new TreeSet<>();
        Map<Frequency, List<EntryGrid.Row>> rows = new EnumMap<>(Frequency.class);
        for (Scorecard sc : scorecards.list(null, new PageRequest(0, PageRequest.MAX_SIZE), actor).items()) {
            List<Kpi> mine = enterable(sc, actor);
            if (mine.isEmpty()) {
                continue;
            }
            choices.add(new EntryGrid.Choice(sc.id(), sc.name()));
            mine.forEach(k -> frequencies.add(k.collection().frequency()));
            if (scorecardId != null && scorecardId != sc.id()) {
                continue;
            }
            List<Kpi> shown = mine.stream().filter(k -> frequency == null || k.collection().frequency() == frequency).toList();
            if (!shown.isEmpty()) {
                new ScorecardRows(sc, shown, today, fy, actor).addTo(rows);
            }
        }
        List<EntryGrid.Section> sections = rows.entrySet().stream().map(e -> section(e.getKey(), e.getValue())).toList();
        return new EntryGrid(sections, choices, List.copyOf(frequencies), scorecardId, frequency);
    }

    private List<Kpi> enterable(Scorecard sc, Actor actor) {
        Map<String, Boolean> byOwner = new HashMap<>();
        return kpis.activeOfScorecard(sc.id()).stream().filter(k -> byOwner.computeIfAbsent(
                String.valueOf(k.collection().owner()), o -> access.mayEnterValues(actor, sc.id(), k.collection().owner())))
                .toList();
    }

    private static EntryGrid.Section section(Frequency frequency, List<EntryGrid.Row> rows) {
        TreeSet<Period> periods = new TreeSet<>();
        rows.forEach(r -> r.cells().forEach(c -> periods.add(c.period())));
        List<Period> columns = List.copyOf(periods);
        List<EntryGrid.Row> full = rows.stream().map(r -> new EntryGrid.Row(r.kpi(), r.scorecard(), r.approval(),
                columns.stream().map(p -> r.cells().stream().filter(c -> c.period().equals(p)).findFirst()
                        .orElseGet(() -> closed(r.kpi(), p))).toList())).toList();
        return new EntryGrid.Section(frequency, columns, full);
    }

    /** A period another KPI of the section has open, but this one has not (its grace days differ). */
    private static EntryGrid.Cell closed(Kpi kpi, Period p) {
        return new EntryGrid.Cell(kpi, p, false, null, null, null, p.lastDay(1), false);
    }

    /** The rows of one scorecard's KPIs, with its values, locks and calculated values read once. */
    private final class ScorecardRows {
        private final Scorecard sc;
        private final List<Kpi> shown;
        private final LocalDate today;
        private final int fy;
        private final Actor actor;

        ScorecardRows(Scorecard sc, List<Kpi> shown, LocalDate today, int fy, Actor actor) {
            this.sc = sc;
            this.shown = shown;
            this.today = today;
            this.fy = fy;
            this.actor = actor;
        }

        void addTo(Map<Frequency, List<EntryGrid.Row>> rows) {
            Map<Long, List<Period>> open = new HashMap<>();
            shown.forEach(k -> open.put(k.id(), OpenPeriods.of(k.collection().frequency(), k.collection().graceDays(), today, fy)));
            LocalDate from = open.values().stream().map(ps -> ps.get(0).firstDay(fy)).min(Comparator.naturalOrder()).orElse(today);
            Map<String, Actual> values = new HashMap<>();
            StoredValues.read(actuals, sc.id(), from, today, actor).forEach(a -> values.put(a.kpiId() + "_" + a.period(), a));
            List<PeriodLock> held = locks.all(sc.id());
            boolean approval = sc.requiresApproval() && access.needsApproval(actor, sc.id());
            for (Kpi k : shown) {
                Map<String, Double> computed = k.isFormula() ? computed(k, open.get(k.id())) : Map.of();
                List<EntryGrid.Cell> cells = open.get(k.id()).stream().map(p -> cell(k, p, values.get(k.id() + "_" + p.key()),
                        computed.get(p.key()), held)).toList();
                rows.computeIfAbsent(k.collection().frequency(), f -> new ArrayList<>())
                        .add(new EntryGrid.Row(k, sc.name(), approval, cells));
            }
        }

        private EntryGrid.Cell cell(Kpi k, Period p, @Nullable Actual value, @Nullable Double computed, List<PeriodLock> held) {
            String lock = held.stream().filter(l -> PeriodLocks.covers(Period.parse(l.period()), p, fy))
                    .map(l -> l.period() + " (" + l.lockedBy() + ")").findFirst().orElse(null);
            int grace = k.collection().graceDays();
            boolean approved = k.isFormula() ? computed != null : value != null && value.state().counts();
            return new EntryGrid.Cell(k, p, true, lock, value, computed, OpenPeriods.due(p, grace, fy),
                    !approved && OpenPeriods.pastDue(p, grace, today, fy));
        }

        private Map<String, Double> computed(Kpi k, List<Period> periods) {
            Map<String, Double> byPeriod = new HashMap<>();
            evaluations.series(k.id(), periods.get(0).key(), periods.get(periods.size() - 1).key(), "period", actor)
                    .series().points().forEach(point -> {
                        if (point.actual() != null) {
                            byPeriod.put(point.period().key(), point.actual());
                        }
                    });
            return byPeriod;
        }
    }
}
