package dev.fourfold.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluation safety over seeded random formula graphs ({@code prev}, {@code if}, nested functions, self-lags such
 * as {@code X = prev(X) + 1}, lags and chains across KPIs and the wider organisation) on sparse histories spanning
 * centuries: evaluations, explanations, series and forecasts at random periods and views never throw, reasons stay
 * short, no formula KPI is evaluated twice over the same window in one call, and the work of a call is at most
 * formula KPIs × the windows between the earliest value and the evaluated period.
 */
class EvaluationSafetyTests {

    private static final View[] VIEWS = View.values();

    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void evaluatesRandomFormulaGraphsOverCenturiesWithoutThrowingAndWithBoundedWork(long seed) {
        Random random = new Random(seed);
        RandomScorecard generated = RandomScorecard.generate(random, false);
        WorkCounter work = new WorkCounter();
        ScoringModel model = ScoringModel.of(generated.scorecard(), generated.data()).probed(work);
        int formulas = generated.formulaCount();
        int earliest = generated.earliestMonth(model.calendar());

        for (int call = 0; call < 2; call++) {
            Period period = randomPeriod(random);
            View view = VIEWS[random.nextInt(VIEWS.length)];
            work.reset();
            Evaluation evaluation = model.evaluate(period, view);
            evaluation.kpis().forEach(k -> assertThat(k.explanation().text()).as(generated.describe()).isNotBlank());
            evaluation.explanation();
            assertBounded(work, formulas * windows(model.calendar(), period, view, earliest), generated, period + " " + view);
            evaluation.kpis().forEach(k -> assertThat(k.explanation().text()).as(generated.describe()).hasSizeLessThan(4000));
        }

        // a forecast fits every native value up to its period (thousands for a self-lag over centuries, which takes
        // a while on its own): keep most series and forecasts within decades of the data, and every fiftieth anywhere
        String code = generated.anyCode(random);
        Period to = seed % 50 == 0 ? randomPeriod(random) : nearData(random, earliest);
        Period from = to.plus(-random.nextInt(6));
        View view = VIEWS[random.nextInt(VIEWS.length)];
        work.reset();
        KpiSeries series = model.series(code, from, to, view);
        int bound = 0;
        for (SeriesPoint point : series.points()) {
            bound += windows(model.calendar(), point.period(), view, earliest);
        }
        assertBounded(work, formulas * (bound + nativeWindows(model.calendar(), to, earliest)), generated,
                "series of " + code + " " + from + "–" + to + " " + view);

        if (seed % 4 != 0) {
            return;
        }
        Period at = seed % 50 == 0 ? randomPeriod(random) : nearData(random, earliest);
        work.reset();
        Forecast forecast = model.forecast(generated.anyCode(random), at, random.nextInt(13));
        assertThat(forecast).isNotNull();
        assertBounded(work, formulas * nativeWindows(model.calendar(), at, earliest), generated, "forecast at " + at);
    }

    /**
     * The same random graphs of daily, weekly and monthly KPIs, evaluated at days, weeks, months, quarters and years:
     * nothing throws, and the work stays within a bound however sparse the values over the centuries (days and
     * weeks are read back ten years before the latest value).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void evaluatesRandomGraphsOfDaysAndWeeksWithoutThrowingAndWithBoundedWork(long seed) {
        Random random = new Random(seed);
        RandomScorecard generated = RandomScorecard.generate(random, true);
        WorkCounter work = new WorkCounter();
        ScoringModel model = ScoringModel.of(generated.scorecard(), generated.data()).probed(work);
        int bound = generated.formulaCount() * (3 * ScoringModel.DAY_HISTORY + 4 * 3600 + 100);
        for (int n = 0; n < 4; n++) {
            Period period = randomDayPeriod(random);
            View view = VIEWS[random.nextInt(VIEWS.length)];
            work.reset();
            Evaluation evaluation = model.evaluate(period, view);
            evaluation.kpis().forEach(k -> assertThat(k.explanation().text()).as(generated.describe()).isNotBlank());
            evaluation.kpis().forEach(k -> assertThat(k.priorYearVariance()).isNotNull());
            assertBounded(work, bound, generated, period + " " + view);
        }
        String code = generated.anyCode(random);
        Period to = randomDayPeriod(random);
        work.reset();
        assertThat(model.series(code, to.plus(-random.nextInt(6)), to, View.PERIOD).points()).isNotNull();
        assertBounded(work, 7 * bound, generated, "series of " + code + " to " + to);
    }

    private static Period randomDayPeriod(Random random) {
        int year = Period.FIRST_YEAR + random.nextInt(Period.LAST_YEAR - Period.FIRST_YEAR + 1);
        return switch (random.nextInt(5)) {
            case 0 -> Period.day(java.time.LocalDate.ofYearDay(year, 1 + random.nextInt(365)));
            case 1 -> Period.week(year, 1 + random.nextInt(52));
            default -> randomPeriod(random);
        };
    }

    private static void assertBounded(WorkCounter work, int bound, RandomScorecard generated, String call) {
        assertThat(work.repeated()).as("%s in %s", call, generated.describe()).isEmpty();
        assertThat(work.total()).as("%s in %s", call, generated.describe()).isLessThanOrEqualTo(bound);
    }

    /**
     * The windows an evaluation at {@code period} may read: for its own window and each native length, every window
     * of that length and lag that ends after the earliest value and by the end of the evaluated window.
     */
    private static int windows(FiscalCalendar calendar, Period period, View view, int earliest) {
        Window top = calendar.actualWindow(period, view);
        return chain(top, KpiEvaluator.lag(top, view), earliest) + nativeWindows(calendar, period, earliest);
    }

    private static int nativeWindows(FiscalCalendar calendar, Period period, int earliest) {
        Window year = calendar.fiscalYearWindow(period);
        int count = 0;
        for (Frequency f : Frequency.values()) {
            count += f.isMonthBased() ? chain(year, f.months(), earliest) : 0; // the generated KPIs are month-based
        }
        return count;
    }

    private static int chain(Window top, int lag, int earliest) {
        return earliest == Integer.MAX_VALUE ? 0 : Math.max(0, (top.end() - earliest) / lag + 2);
    }

    /** A period within twenty years after the earliest value (anywhere without values). */
    private static Period nearData(Random random, int earliest) {
        if (earliest == Integer.MAX_VALUE) {
            return randomPeriod(random);
        }
        int year = Math.min(Period.LAST_YEAR, Math.floorDiv(earliest, 12) + random.nextInt(20));
        return random.nextBoolean() ? Period.month(year, 1 + random.nextInt(12)) : Period.quarter(year, 1 + random.nextInt(4));
    }

    private static Period randomPeriod(Random random) {
        int year = Period.FIRST_YEAR + random.nextInt(Period.LAST_YEAR - Period.FIRST_YEAR + 1);
        return switch (random.nextInt(3)) {
            case 0 -> Period.month(year, 1 + random.nextInt(12));
            case 1 -> Period.quarter(year, 1 + random.nextInt(4));
            default -> Period.year(year);
        };
    }

    /** A random scorecard of plain and formula KPIs, some of them of the wider organisation, with sparse values. */
    record RandomScorecard(ScorecardDefinition scorecard, ScorecardData data, List<KpiDefinition> kpis,
                           List<String> texts) {

        private static final String[] OPERATORS = {"+", "-", "*", "/", "^", "<", "<=", ">", ">=", "==", "!="};
        private static final String[] FUNCTIONS = {"min", "max", "avg", "sum", "abs", "round", "if"};

        /** @param days whether KPIs may be daily and weekly as well as monthly, quarterly and yearly */
        static RandomScorecard generate(Random random, boolean days) {
            int plain = 1 + random.nextInt(4);
            int formulas = 1 + random.nextInt(6);
            List<String> plainCodes = new ArrayList<>();
            List<String> formulaCodes = new ArrayList<>();
            for (int i = 0; i < plain; i++) {
                plainCodes.add("P" + i);
            }
            for (int i = 0; i < formulas; i++) {
                formulaCodes.add("F" + i);
            }
            DataBuilder data = DataBuilder.values();
            List<KpiBuilder> onCard = new ArrayList<>();
            List<KpiDefinition> all = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (String code : plainCodes) {
                KpiBuilder kpi = frequency(KpiBuilder.aKpi(code), random, days)
                        .aggregatedBy(Aggregation.values()[random.nextInt(5)]);
                if (random.nextInt(3) > 0) {
                    kpi.withTarget(Integer.toString(1 + random.nextInt(200)));
                }
                KpiDefinition built = kpi.build();
                history(data, built, random);
                place(kpi, built, onCard, data, all, random);
            }
            for (int i = 0; i < formulas; i++) {
                List<String> current = new ArrayList<>(plainCodes);
                current.addAll(formulaCodes.subList(0, i));
                List<String> lagged = new ArrayList<>(plainCodes);
                lagged.addAll(formulaCodes);
                String text = expression(random, 3, current, lagged);
                if (random.nextInt(3) == 0) {
                    text = "prev(F" + i + ") + " + text;
                }
                texts.add("F" + i + " = " + text);
                KpiBuilder kpi = frequency(KpiBuilder.aKpi("F" + i), random, days).calculatedAs(text)
                        .withTarget(Integer.toString(1 + random.nextInt(100)));
                if (random.nextBoolean()) {
                    kpi.treatingMissingInputsAsZero();
                }
                place(kpi, kpi.build(), onCard, data, all, random);
            }
            if (onCard.isEmpty()) {
                KpiBuilder kpi = KpiBuilder.aKpi("F" + formulas).calculatedAs("prev(F" + formulas + ") + 1");
                onCard.add(kpi);
                all.add(kpi.build());
                texts.add("F" + formulas + " = prev(F" + formulas + ") + 1");
            }
            ScorecardDefinition scorecard = ScorecardBuilder.withKpis(onCard.toArray(KpiBuilder[]::new))
                    .fiscalYearStartingIn(1 + random.nextInt(12)).build();
            return new RandomScorecard(scorecard, data.build(), all, texts);
        }

        private static void place(KpiBuilder kpi, KpiDefinition built, List<KpiBuilder> onCard, DataBuilder data,
                                  List<KpiDefinition> all, Random random) {
            if (random.nextInt(4) == 0) {
                data.other(kpi);
            } else {
                onCard.add(kpi);
            }
            all.add(built);
        }

        private static KpiBuilder frequency(KpiBuilder kpi, Random random, boolean days) {
            if (days && random.nextInt(3) > 0) {
                return random.nextBoolean() ? kpi.daily() : kpi.weekly();
            }
            int f = random.nextInt(10);
            return f < 7 ? kpi : f < 9 ? kpi.quarterly() : kpi.yearly();
        }

        /** Sparse values in a few clusters anywhere in the supported years, plus strays. */
        private static void history(DataBuilder data, KpiDefinition kpi, Random random) {
            int clusters = random.nextInt(4);
            for (int c = 0; c < clusters; c++) {
                int year = Period.FIRST_YEAR + random.nextInt(Period.LAST_YEAR - Period.FIRST_YEAR + 1);
                int count = 1 + random.nextInt(30);
                for (int n = 0; n < count; n++) {
                    int y = Math.min(Period.LAST_YEAR, year + random.nextInt(3));
                    data.actual(kpi.code(), period(kpi.frequency(), y, random), random.nextInt(2001) / 10.0 - 50);
                }
            }
        }

        private static Period period(Frequency frequency, int year, Random random) {
            return switch (frequency) {
                case DAILY -> Period.day(java.time.LocalDate.ofYearDay(year, 1 + random.nextInt(365)));
                case WEEKLY -> Period.week(year, 1 + random.nextInt(52));
                case MONTHLY -> Period.month(year, 1 + random.nextInt(12));
                case QUARTERLY -> Period.quarter(year, 1 + random.nextInt(4));
                case YEARLY -> Period.year(year);
            };
        }

        private static String expression(Random random, int depth, List<String> current, List<String> lagged) {
            int choice = depth == 0 ? random.nextInt(3) : random.nextInt(7);
            return switch (choice) {
                case 0 -> random.nextBoolean() ? Integer.toString(random.nextInt(10)) : random.nextInt(100) + "." + random.nextInt(10);
                case 1 -> current.get(random.nextInt(current.size()));
                case 2 -> "prev(" + lagged.get(random.nextInt(lagged.size())) + ")";
                case 3 -> "-(" + expression(random, depth - 1, current, lagged) + ")";
                case 4, 5 -> "(" + expression(random, depth - 1, current, lagged) + " "
                        + OPERATORS[random.nextInt(OPERATORS.length)] + " " + expression(random, depth - 1, current, lagged) + ")";
                default -> call(random, depth, current, lagged);
            };
        }

        private static String call(Random random, int depth, List<String> current, List<String> lagged) {
            String function = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
            int arguments = switch (function) {
                case "abs" -> 1;
                case "round" -> 1 + random.nextInt(2);
                case "if" -> 3;
                default -> 1 + random.nextInt(3);
            };
            List<String> parts = new ArrayList<>();
            for (int a = 0; a < arguments; a++) {
                parts.add(function.equals("round") && a == 1 ? Integer.toString(random.nextInt(5))
                        : expression(random, depth - 1, current, lagged));
            }
            return function + "(" + String.join(", ", parts) + ")";
        }

        int formulaCount() {
            return (int) kpis.stream().filter(KpiDefinition::isFormula).count();
        }

        String anyCode(Random random) {
            return kpis.get(random.nextInt(kpis.size())).code();
        }

        /** The month ordinal of the earliest value of any KPI, as the engine counts it. */
        int earliestMonth(FiscalCalendar calendar) {
            return data.actuals().values().stream().flatMap(m -> m.keySet().stream())
                    .mapToInt(p -> calendar.window(p).start()).min().orElse(Integer.MAX_VALUE);
        }

        String describe() {
            return String.join("; ", texts) + " (fiscal year from month " + scorecard.fiscalYearStart() + ")";
        }
    }
}
