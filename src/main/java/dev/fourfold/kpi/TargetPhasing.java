package dev.fourfold.kpi;

import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scoring.Aggregation;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a KPI's targets for a fiscal year from one annual figure. A flow (a KPI aggregated by {@code sum}) has the
 * figure split over its native periods — evenly, or in proportion to given weights (a seasonal profile) — so that
 * the periods add up to the figure exactly; any other KPI gets the figure as the target of every period. The targets
 * are written as one atomic batch, each as a revision with its reason. A budget or a stretch target ({@code series})
 * is phased alike.
 */
@Service
public class TargetPhasing {

    /** Decimal places of phased shares; the last period takes the rounding remainder so the sum is exact. */
    static final int SCALE = 4;

    private final KpiRepository kpis;
    private final OrganisationService organisation;
    private final TargetService targets;
    private final Access access;

    TargetPhasing(KpiRepository kpis, OrganisationService organisation, TargetService targets, Access access) {
        this.access = access;
        this.kpis = kpis;
        this.organisation = organisation;
        this.targets = targets;
    }

    /**
     * An annual figure to phase.
     *
     * @param year    the fiscal year's key, e.g. {@code 2027}
     * @param weights optional relative weights, one per native period of the year in order (12 months, 4 quarters,
     *                52 or 53 weeks, or the year's days)
     * @param series  {@code target} (when left out), {@code budget} or {@code stretch}
     */
    public record Request(Long kpiId, String kpiCode, String year, BigDecimal total, List<BigDecimal> weights, String reason,
                          String series) {

        /** An annual target to phase. */
        public Request(Long kpiId, String kpiCode, String year, BigDecimal total, List<BigDecimal> weights,
                       String reason) {
            this(kpiId, kpiCode, year, total, weights, reason, null);
        }
    }

    @Transactional
    public BatchResult phase(Request r, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Kpi kpi = kpi(r, problems, actor);
        Period year = year(r.year(), problems);
        TargetSeries series = series(r.series(), problems);
        BigDecimal total = null;
        if (r.total() == null) {
            problems.add(new FieldProblem("total", "is required: the annual figure to phase"));
        } else {
            try {
                total = Decimals.checked("total", r.total());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Period> periods;
        try {
            periods = nativePeriods(kpi.collection().frequency(), year);
        } catch (IllegalArgumentException e) {
            // a fiscal year starting in the last supported year ends in a month past it
            throw new InvalidInputException("year", "fiscal year " + year.key() + " reaches past the supported periods: " + e.getMessage());
        }
        boolean flow = kpi.collection().targetCombination() == Aggregation.SUM;
        BigDecimal figure = total;
        List<BigDecimal> values = flow ? split(figure, weights(r.weights(), periods.size()))
                : periods.stream().map(p -> figure).toList();
        String reason = r.reason() == null || r.reason().isBlank()
                ? "Phased from the annual " + series.noun() + " " + total.toPlainString() + " for " + year.key()
                : r.reason();
        List<TargetService.Item> items = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            items.add(new TargetService.Item(kpi.id(), null, periods.get(i).key(), values.get(i), reason, null,
                    series.key()));
        }
        return targets.recordAll(items, actor);
    }

    /** Splits the total by the weights at {@value #SCALE} decimals; the last share takes the remainder. */
    static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal share = i == weights.size() - 1 ? total.subtract(allocated)
                    : total.multiply(weights.get(i)).divide(sum, SCALE, RoundingMode.HALF_EVEN);
            allocated = allocated.add(share);
            out.add(Decimals.normalised(share));
        }
        return out;
    }

    private static List<BigDecimal> weights(List<BigDecimal> given, int n) {
        if (given == null || given.isEmpty()) {
            return java.util.Collections.nCopies(n, BigDecimal.ONE);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (given.size() != n) {
            problems.add(new FieldProblem("weights", "give one weight per period of the year: " + n + ", not " + given.size()));
        } else if (given.stream().anyMatch(w -> w == null || w.signum() < 0)
                || given.stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() == 0) {
            problems.add(new FieldProblem("weights", "must be 0 or more and not all 0"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return given;
    }

    private List<Period> nativePeriods(Frequency frequency, Period year) {
        int fy = organisation.get().fiscalYearStart();
        return switch (frequency) {
            case DAILY, WEEKLY -> daysOrWeeks(frequency, year, fy);
            case YEARLY -> List.of(year);
            case QUARTERLY -> List.of(1, 2, 3, 4).stream().map(q -> Period.quarter(year.year(), q)).toList();
            case MONTHLY -> {
                YearMonth first = year.firstMonth(fy);
                List<Period> months = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    YearMonth m = first.plusMonths(i);
                    months.add(Period.month(m.getYear(), m.getMonthValue()));
                }
                yield months;
            }
        };
    }

    /**
     * The days of a fiscal year (365 or 366), or its weeks: those whose Thursday lies in it (ISO-8601), 52 or 53.
     */
    private static List<Period> daysOrWeeks(Frequency frequency, Period year, int fy) {
        List<Period> periods = new ArrayList<>();
        LocalDate last = year.lastDay(fy);
        for (LocalDate d = year.firstDay(fy); !d.isAfter(last); d = d.plusDays(1)) {
            if (frequency == Frequency.DAILY) {
                periods.add(Period.day(d));
            } else if (d.getDayOfWeek() == DayOfWeek.THURSDAY) {
                periods.add(Period.weekOf(d));
            }
        }
        return periods;
    }

    /** The KPI asked for; one on a scorecard the actor may not read is answered as no such KPI. */
    private Kpi kpi(Request r, List<FieldProblem> problems, Actor actor) {
        Kpi kpi = (r.kpiId() != null ? kpis.find(r.kpiId()) : r.kpiCode() != null ? kpis.findByCode(r.kpiCode())
                : java.util.Optional.<Kpi>empty()).filter(k -> access.mayRead(actor, k.scorecardId())).orElse(null);
        if (kpi == null) {
            problems.add(new FieldProblem(r.kpiId() != null ? "kpiId" : "kpiCode",
                    r.kpiId() == null && r.kpiCode() == null ? "give the KPI's id (kpiId) or its code (kpiCode)" : "there is no such KPI"));
        }
        return kpi;
    }

    private static TargetSeries series(String key, List<FieldProblem> problems) {
        try {
            return TargetSeries.of(key);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("series", e.getMessage()));
            return TargetSeries.TARGET;
        }
    }

    private static Period year(String key, List<FieldProblem> problems) {
        try {
            Period p = Period.parse(key);
            if (p.frequency() == Frequency.YEARLY) {
                return p;
            }
            problems.add(new FieldProblem("year", "'" + key + "' is not a fiscal year; give a year such as 2027"));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("year", e.getMessage()));
        }
        return null;
    }
}
