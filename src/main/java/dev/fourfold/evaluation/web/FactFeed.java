package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.evaluation.FactChanges;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Period;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The BI feed: the facts of the scorecards a caller may read, a KPI at each of its native periods in a range and
 * each view, in a fixed order (scorecard id, period, view, KPI id) so that a page continues where the previous one
 * ended. The numbers are the evaluation API's: each period and view of a scorecard is evaluated once per page from
 * the kept model (and its evaluation tree kept, as the evaluation API keeps it), and frozen views of locked periods
 * answer their snapshot. A unit or scorecard filter naming one the caller may not read (or none) leaves no facts, as
 * the filters of the API's lists do; the scorecards are limited to the readable ones in the query itself.
 */
@Component
class FactFeed {

    /** At most this many days from the start of {@code from} to the end of {@code to}: ten years. */
    static final int MAX_DAYS = 3_660;

    private final EvaluationService evaluations;
    private final FactTrees trees;
    private final FactChanges changes;
    private final Access access;
    private final OrganisationService organisation;
    private final Clock clock;

    FactFeed(EvaluationService evaluations, FactTrees trees, FactChanges changes, Access access, OrganisationService organisation,
             Clock clock) {
        this.evaluations = evaluations;
        this.trees = trees;
        this.changes = changes;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** A page of facts; {@code next} is where the following page starts, null on the last page. */
    record Page(List<FactRow> items, Instant asOf, FactQuery.@Nullable Cursor next) {
    }

    private record Range(LocalDate start, LocalDate end) {
    }

    Page page(FactQuery q, Actor actor) {
        int fiscalYearStart = organisation.get().fiscalYearStart();
        Range range = range(q, fiscalYearStart);
        Instant asOf = q.cursor() == null ? clock.instant() : q.cursor().asOf();
        List<FactRow> rows = new ArrayList<>();
        Instant settings = changes.settingsChanged();
        for (FactChanges.Card card : changes.scorecards(q.unitId(), q.scorecardId(), access.readableScorecards(actor))) {
            FactQuery.Cursor after = q.cursor();
            if (after != null && card.id() < after.scorecardId()) {
                continue;
            }
            collect(card, q, after != null && card.id() == after.scorecardId() ? after : null, range, settings,
                    fiscalYearStart, rows, actor);
            if (rows.size() == q.size()) {
                FactRow last = rows.get(rows.size() - 1);
                return new Page(rows, asOf, new FactQuery.Cursor(asOf, last.scorecardId(), Period.parse(last.period()),
                        View.fromKey(last.view()), last.kpiId()));
            }
        }
        return new Page(rows, asOf, null);
    }

    private void collect(FactChanges.Card card, FactQuery q, FactQuery.@Nullable Cursor after, Range range,
                         Instant settings, int fiscalYearStart, List<FactRow> rows, Actor actor) {
        EvaluationService.Prepared prepared = evaluations.prepare(card.id(), null, null, actor);
        Map<Frequency, List<Kpi>> byFrequency = prepared.stored().kpis().values().stream()
                .filter(k -> k.scorecardId() == card.id()).sorted(Comparator.comparingLong(Kpi::id))
                .collect(Collectors.groupingBy(k -> k.collection().frequency()));
        FactStamps stamps = new FactStamps(changes, card, memoized(() -> access.sharedWithReadersOf(card.id())), settings,
                byFrequency.values().stream().flatMap(List::stream).map(Kpi::id).toList(), q.changedSince(),
                fiscalYearStart);
        if (q.changedSince() != null && !stamps.anyAfter(q.changedSince())) {
            return;
        }
        FactTrees.OfScorecard evaluated = trees.of(card, prepared);
        for (Period p : periods(byFrequency.keySet(), range, stamps, fiscalYearStart)) {
            if (after != null && p.compareTo(after.period()) < 0) {
                continue;
            }
            for (View v : q.views()) {
                boolean atCursor = after != null && p.equals(after.period());
                if (atCursor && v.ordinal() < after.view().ordinal()) {
                    continue;
                }
                for (Kpi k : byFrequency.get(p.frequency())) {
                    if (atCursor && v == after.view() && k.id() <= after.kpiId()) {
                        continue;
                    }
                    Instant updated = stamps.updatedAt(k.id(), p, v);
                    if (q.changedSince() != null && !updated.isAfter(q.changedSince())) {
                        continue;
                    }
                    FactRow row = evaluated.row(k, p, v, updated, fiscalYearStart);
                    if (row != null) {
                        rows.add(row);
                        if (rows.size() == q.size()) {
                            return;
                        }
                    }
                }
            }
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        List<T> kept = new ArrayList<>(1);
        return () -> {
            if (kept.isEmpty()) {
                kept.add(supplier.get());
            }
            return kept.get(0);
        };
    }

    /** The native periods of the frequencies in the range, in their order: a week counts where its Thursday lies. */
    private static List<Period> periods(Iterable<Frequency> frequencies, Range range, FactStamps stamps,
                                        int fiscalYearStart) {
        TreeSet<Period> periods = new TreeSet<>();
        for (Frequency f : frequencies) {
            Period p = Period.holding(f, range.start(), fiscalYearStart);
            while (!p.firstDay(fiscalYearStart).isAfter(range.end())) {
                boolean inside = f == Frequency.WEEKLY
                        ? !stamps.anchor(p).isBefore(range.start()) && !stamps.anchor(p).isAfter(range.end())
                        : !p.firstDay(fiscalYearStart).isBefore(range.start())
                        && !p.lastDay(fiscalYearStart).isAfter(range.end());
                if (inside) {
                    periods.add(p);
                }
                try {
                    p = p.next();
                } catch (IllegalArgumentException e) {
                    break;
                }
            }
        }
        return List.copyOf(periods);
    }

    /** The range asked for; by default the previous and the current fiscal year (of the last full month). */
    private Range range(FactQuery q, int fiscalYearStart) {
        LocalDate lastFullMonth = YearMonth.now(clock).minusMonths(1).atEndOfMonth();
        Period current = Period.holding(Frequency.YEARLY, lastFullMonth, fiscalYearStart);
        Period from = q.from() != null ? q.from() : current.previous();
        Period to = q.to() != null ? q.to() : current;
        LocalDate start = from.firstDay(fiscalYearStart);
        LocalDate end = to.lastDay(fiscalYearStart);
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "'" + from.key() + "' starts after '" + to.key()
                    + "' (to) ends; expected from at or before to");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw new InvalidInputException("from", "the range from " + from.key() + " to " + to.key() + " holds "
                    + days + " days; expected at most " + MAX_DAYS + " (ten years) per request");
        }
        return new Range(start, end);
    }
}
