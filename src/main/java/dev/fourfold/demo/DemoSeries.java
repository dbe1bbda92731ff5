package dev.fourfold.demo;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the demo values: {@value #MONTHS} months of history ending at the last full month, with trend,
 * seasonality and noise, and targets up to the end of the current fiscal year. Deterministic for a given seed and
 * end month.
 */
final class DemoSeries {

    static final int MONTHS = 36;

    private final YearMonth first;
    private final YearMonth last;
    private final int fiscalYearStart;
    private final Random random;
    private final Map<String, double[]> monthly = new HashMap<>();
    private final Map<String, DemoKpi> defined = new HashMap<>();

    DemoSeries(YearMonth lastFullMonth, int fiscalYearStart, long seed) {
        this.last = lastFullMonth;
        this.first = lastFullMonth.minusMonths(MONTHS - 1L);
        this.fiscalYearStart = fiscalYearStart;
        this.random = new Random(seed);
    }

    YearMonth first() {
        return first;
    }

    YearMonth last() {
        return last;
    }

    /** The actual values of a measured KPI by period key; formula KPIs have none. */
    Map<String, BigDecimal> actuals(DemoKpi k) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        defined.put(k.code(), k);
        if (k.formula() != null) {
            return out;
        }
        if (!Frequency.fromKey(k.frequency()).isMonthBased()) {
            return daysOrWeeks(k);
        }
        double[] series = new double[MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            double noise = 1 + k.noise() * random.nextGaussian();
            series[t] = Math.max(0, expected(k, t) * noise);
        }
        monthly.put(k.code(), series);
        for (Period p : periods(k.frequency(), last)) {
            int t = index(p.lastMonth(fiscalYearStart));
            if (!(DemoCompany.GAPPY_KPI.equals(k.code()) && (t == 7 || t == 19 || t == MONTHS - 1))) {
                out.put(p.key(), round(series[t], k.decimals()));
            }
        }
        return out;
    }

    /**
     * The values of a daily or weekly KPI from the first day of the first month to the last day of the last full
     * month (weeks: those whose Thursday lies in the span, so every month has all the weeks it counts), around the
     * month's expected level; a daily flow has lighter weekends.
     */
    private Map<String, BigDecimal> daysOrWeeks(DemoKpi k) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        boolean daily = "daily".equals(k.frequency());
        LocalDate end = last.atEndOfMonth();
        for (LocalDate d = first.atDay(1); !d.isAfter(end); d = d.plusDays(1)) {
            boolean weekStart = d.getDayOfWeek() == DayOfWeek.MONDAY && !d.plusDays(3).isAfter(end)
                    && !d.plusDays(3).isBefore(first.atDay(1));
            if (daily || weekStart) {
                LocalDate counted = daily ? d : d.plusDays(3);
                double weekend = daily && "sum".equals(k.aggregation()) && d.getDayOfWeek().getValue() >= 6 ? 0.5 : 1;
                double value = Math.max(0, expected(k, index(YearMonth.from(counted))) * weekend
                        * (1 + k.noise() * random.nextGaussian()));
                out.put((daily ? Period.day(d) : Period.weekOf(d)).key(), round(value, k.decimals()));
            }
        }
        return out;
    }

    /** Per-period targets of a KPI without a constant target, to the end of the current fiscal year. */
    Map<String, BigDecimal> targets(DemoKpi k) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (k.constantTarget() != null) {
            return out;
        }
        YearMonth fiscalYearEnd = Period.year(fiscalYear(last)).lastMonth(fiscalYearStart);
        for (Period p : periods(k.frequency(), fiscalYearEnd)) {
            int t = index(p.lastMonth(fiscalYearStart));
            out.put(p.key(), round(trendOnly(k, t) * k.targetFactor(), Math.max(k.decimals(), 1)));
        }
        return out;
    }

    /**
     * Per-period budgets of a budgeted KPI ({@link DemoCompany#BUDGETED}) to the end of the current fiscal year: the
     * plan without the target's uplift; with {@code stretch}, the plan times the KPI's stretch factor.
     */
    Map<String, BigDecimal> budgets(DemoKpi k, boolean stretch) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        Double factor = DemoCompany.BUDGETED.get(k.code());
        if (factor == null || k.constantTarget() != null) {
            return out;
        }
        YearMonth fiscalYearEnd = Period.year(fiscalYear(last)).lastMonth(fiscalYearStart);
        for (Period p : periods(k.frequency(), fiscalYearEnd)) {
            int t = index(p.lastMonth(fiscalYearStart));
            out.put(p.key(), round(trendOnly(k, t) * (stretch ? factor : 1), Math.max(k.decimals(), 1)));
        }
        return out;
    }

    private double expected(DemoKpi k, int t) {
        double level = k.base() + k.slope() * t;
        if (k.shareOf() != null) {
            double[] of = monthly.get(k.shareOf());
            return level * of[Math.min(t, MONTHS - 1)];
        }
        return level * (1 + k.season() * Math.cos(2 * Math.PI * (first.plusMonths(t).getMonthValue() - 11) / 12.0));
    }

    /** The noise-free value: what a planner would have budgeted (seasonal for flows). */
    private double trendOnly(DemoKpi k, int t) {
        if (k.shareOf() != null) {
            return (k.base() + k.slope() * t) * trendOnly(defined.get(k.shareOf()), t);
        }
        return k.base() + k.slope() * t + k.base() * k.season()
                * Math.cos(2 * Math.PI * (first.plusMonths(t).getMonthValue() - 11) / 12.0);
    }

    /** Native periods of a frequency lying wholly between the first month and {@code end}. */
    private List<Period> periods(String frequency, YearMonth end) {
        List<Period> out = new java.util.ArrayList<>();
        for (YearMonth m = first; !m.isAfter(end); m = m.plusMonths(1)) {
            Period p = switch (frequency) {
                case "monthly" -> Period.month(m.getYear(), m.getMonthValue());
                case "quarterly" -> Period.quarter(fiscalYear(m), (fiscalMonth(m) - 1) / 3 + 1);
                default -> Period.year(fiscalYear(m));
            };
            if (p.lastMonth(fiscalYearStart).equals(m) && !p.firstMonth(fiscalYearStart).isBefore(first)) {
                out.add(p);
            }
        }
        return out;
    }

    private int fiscalYear(YearMonth m) {
        return m.getMonthValue() >= fiscalYearStart ? m.getYear() : m.getYear() - 1;
    }

    private int fiscalMonth(YearMonth m) {
        return Math.floorMod(m.getMonthValue() - fiscalYearStart, 12) + 1;
    }

    private int index(YearMonth m) {
        return (int) first.until(m, java.time.temporal.ChronoUnit.MONTHS);
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
