package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.FactChanges;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * When each fact of one scorecard was last updated: the latest change of any of its inputs. They are the
 * organisation's settings, the scorecard and its unit, the KPI's definition (with its objective and perspective), and
 * every value, target, budget and stretch target, recorded, revised, approved, rejected or deleted, of a native
 * period that overlaps the fact's window: the period itself in the {@code period} view, the fiscal year up to the
 * period's end in {@code ytd}, the whole fiscal year in {@code year}. A calculated KPI's inputs are those of every
 * KPI its formula reads, directly or through other formulas; a formula that reads {@code prev} also depends on
 * every change before the window. As in the evaluation, an input counts only on a scorecard that every reader of
 * the fact's scorecard may read ({@code shared}): a change of anything else shows in no fact. Changes after
 * {@code since} only, when it is given (older ones cannot make a fact newer than it).
 */
final class FactStamps {

    private record Dated(LocalDate start, LocalDate end, Instant at) {
    }

    private final int fiscalYearStart;
    private final Instant base;
    private final Map<Long, Instant> definitions;
    private final Map<Long, List<Long>> reads = new HashMap<>();
    private final Set<Long> lagged = new HashSet<>();
    private final Map<Long, List<Dated>> changes = new HashMap<>();
    private final Map<Long, Set<Long>> closures = new HashMap<>();

    FactStamps(FactChanges source, FactChanges.Card card, Supplier<Set<Long>> shared, Instant settings,
               Collection<Long> kpiIds, @Nullable Instant since, int fiscalYearStart) {
        this.fiscalYearStart = fiscalYearStart;
        this.base = card.changedAt().isAfter(settings) ? card.changedAt() : settings;
        Set<Long> all = new HashSet<>(kpiIds);
        Deque<Long> frontier = new ArrayDeque<>(kpiIds);
        while (!frontier.isEmpty()) {
            List<Long> batch = new ArrayList<>(frontier);
            frontier.clear();
            for (FactChanges.Input input : source.inputs(batch)) {
                if (input.inputScorecardId() != card.id() && !shared.get().contains(input.inputScorecardId())) {
                    continue;
                }
                reads.computeIfAbsent(input.kpiId(), k -> new ArrayList<>()).add(input.inputId());
                if (input.lagged()) {
                    lagged.add(input.kpiId());
                }
                if (all.add(input.inputId())) {
                    frontier.add(input.inputId());
                }
            }
        }
        this.definitions = source.definitions(all);
        for (FactChanges.Change c : source.changes(all, since)) {
            Period p = Period.parse(c.period());
            changes.computeIfAbsent(c.kpiId(), k -> new ArrayList<>())
                    .add(new Dated(p.firstDay(fiscalYearStart), p.lastDay(fiscalYearStart), c.at()));
        }
    }

    /** Whether anything that can update a fact of this scorecard changed after the instant. */
    boolean anyAfter(Instant since) {
        return base.isAfter(since) || !changes.isEmpty()
                || definitions.values().stream().anyMatch(at -> at.isAfter(since));
    }

    /** When the fact of the KPI at the period (one of the KPI's own frequency) and view was last updated. */
    Instant updatedAt(long kpiId, Period period, View view) {
        Period year = Period.holding(Frequency.YEARLY, anchor(period), fiscalYearStart);
        LocalDate end = view == View.YEAR ? year.lastDay(fiscalYearStart) : period.lastDay(fiscalYearStart);
        LocalDate start = view == View.PERIOD ? period.firstDay(fiscalYearStart) : year.firstDay(fiscalYearStart);
        Set<Long> closure = closure(kpiId);
        if (closure.stream().anyMatch(lagged::contains)) {
            start = LocalDate.MIN;
        }
        Instant latest = base;
        for (long id : closure) {
            latest = later(latest, definitions.getOrDefault(id, Instant.MIN));
            for (Dated d : changes.getOrDefault(id, List.of())) {
                if (!d.start().isAfter(end) && !d.end().isBefore(start)) {
                    latest = later(latest, d.at());
                }
            }
        }
        return latest;
    }

    /** The day that places a period in its fiscal year: a week's Thursday, else its first day. */
    LocalDate anchor(Period period) {
        return period.frequency() == Frequency.WEEKLY ? period.anchorDay() : period.firstDay(fiscalYearStart);
    }

    private Set<Long> closure(long kpiId) {
        Set<Long> known = closures.get(kpiId);
        if (known != null) {
            return known;
        }
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(kpiId));
        while (!todo.isEmpty()) {
            long id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(reads.getOrDefault(id, List.of()));
            }
        }
        closures.put(kpiId, seen);
        return seen;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
