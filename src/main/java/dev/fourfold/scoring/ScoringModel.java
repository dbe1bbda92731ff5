package dev.fourfold.scoring;

import dev.fourfold.shared.Period;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A scorecard definition and its data compiled for fast, repeated evaluation: every decimal converted to a double
 * once, actuals and targets in primitive arrays by native period, formulas parsed. Build one per scorecard and data
 * version and evaluate it at as many periods and views as needed; it is immutable and thread-safe.
 */
public final class ScoringModel {

    /**
     * How far back a formula reads windows of days and weeks: ten years of days before the end of the latest value
     * (docs/scoring-rules.md, rule 7). A chain of {@code prev} or a forecast of a daily or weekly formula KPI so
     * costs at most about as many windows as one of a monthly KPI over three centuries, however sparse the data.
     */
    static final int DAY_HISTORY = 3653;

    /** The most native periods a series answers: every month of the supported years, ten years of days. */
    public static final int MAX_SERIES = 3660;
    private static final Period FIRST_DECEMBER = Period.month(Period.FIRST_YEAR, 12);

    private final ScorecardDefinition scorecard;
    private final FiscalCalendar calendar;
    private final Map<String, CompiledKpi> kpis;
    private final int earliestDay;
    private final int dayFloor;
    private final Set<String> selfLagged;
    private final Set<String> tooDeep;
    private final FormulaProbe probe;
    private final Layout layout;
    private final IncludedScorecards included;

    private ScoringModel(ScorecardDefinition scorecard, FiscalCalendar calendar, Map<String, CompiledKpi> kpis,
                         int earliestDay, int dayFloor, Set<String> selfLagged, Set<String> tooDeep, FormulaProbe probe,
                         IncludedScorecards included) {
        this.scorecard = scorecard;
        this.calendar = calendar;
        this.kpis = kpis;
        this.earliestDay = earliestDay;
        this.dayFloor = dayFloor;
        this.selfLagged = selfLagged;
        this.tooDeep = tooDeep;
        this.probe = probe;
        this.layout = new Layout(scorecard, kpis);
        this.included = included;
    }

    private static ScoringModel compiled(ScorecardDefinition scorecard, FiscalCalendar calendar,
                                         Map<String, CompiledKpi> kpis) {
        int earliest = Integer.MAX_VALUE;
        int latest = Integer.MIN_VALUE;
        Map<String, Set<String>> reads = new HashMap<>();
        for (CompiledKpi kpi : kpis.values()) {
            if (!kpi.isFormula() && !kpi.actuals.isEmpty()) {
                earliest = Math.min(earliest, calendar.startDay(kpi.frequency, kpi.actuals.first()));
                latest = Math.max(latest, calendar.startDay(kpi.frequency, kpi.actuals.end()));
            }
            if (kpi.isFormula()) {
                Set<String> inputs = new HashSet<>(kpi.formula.references());
                inputs.addAll(kpi.formula.laggedReferences());
                reads.put(kpi.code, inputs);
            }
        }
        // a KPI on a cycle of its inputs (same-period cycles are refused, so through prev) reads its own past
        int dayFloor = earliest == Integer.MAX_VALUE ? earliest : Math.max(earliest, latest - DAY_HISTORY);
        return new ScoringModel(scorecard, calendar, kpis, earliest, dayFloor, Set.copyOf(FormulaGraph.onCycles(reads)),
                Set.copyOf(FormulaGraph.longerThan(reads, Formula.MAX_CHAIN)), FormulaProbe.NONE, IncludedScorecards.NONE);
    }

    /** The same model reporting every formula evaluation to {@code probe}: a hook for tests that count work. */
    ScoringModel probed(FormulaProbe probe) {
        return new ScoringModel(scorecard, calendar, kpis, earliestDay, dayFloor, selfLagged, tooDeep, probe, included);
    }

    /**
     * The same model with the models of the scorecards its perspectives and objectives include, by
     * {@link Inclusion#key()}; {@code unavailable} gives, by key, why an inclusion has no model (it then counts as a
     * child without a score). Each included model is evaluated at the parent's period and view.
     *
     * @throws IllegalArgumentException when an inclusion is neither resolved nor unavailable, or an included model
     *                                  has another scale or fiscal year
     */
    public ScoringModel including(Map<String, ScoringModel> models, Map<String, String> unavailable) {
        IncludedScorecards resolved = new IncludedScorecards(models, unavailable);
        resolved.check(scorecard);
        return new ScoringModel(scorecard, calendar, kpis, earliestDay, dayFloor, selfLagged, tooDeep, probe, resolved);
    }

    /** A fresh evaluator for one call: it remembers formula values for that call only, so the model stays immutable. */
    private KpiEvaluator evaluator() {
        return new KpiEvaluator(calendar, kpis, scorecard.bands(), scorecard.cap(), earliestDay, dayFloor, selfLagged, tooDeep,
                probe);
    }

    /**
     * Compiles a scorecard with its data.
     *
     * @throws IllegalArgumentException listing every problem when the definition is invalid: definitions are
     *                                  validated when saved, so an invalid one here is a programming error
     */
    public static ScoringModel of(ScorecardDefinition scorecard, ScorecardData data) {
        List<DefinitionProblem> problems = DefinitionValidator.validate(scorecard, data.otherKpis(), data.withheldKpis(),
                false);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid scorecard definition: " + problems);
        }
        FiscalCalendar calendar = new FiscalCalendar(scorecard.fiscalYearStart());
        Map<String, CompiledKpi> kpis = new HashMap<>();
        List<KpiDefinition> all = new ArrayList<>(data.otherKpis());
        scorecard.perspectives().forEach(p -> p.objectives().forEach(o -> all.addAll(o.kpis())));
        for (KpiDefinition kpi : all) {
            if (kpi.isFormula() && !(Formula.parse(kpi.formula()) instanceof Formula)) {
                throw new IllegalArgumentException("invalid formula of " + kpi.code() + ": "
                        + ((FormulaError) Formula.parse(kpi.formula())).message());
            }
            kpis.put(kpi.code().toUpperCase(Locale.ROOT), new CompiledKpi(kpi, KpiParameters.of(kpi, scorecard),
                    Series.of(data.actualsOf(kpi.code()), calendar, kpi.frequency()),
                    Series.of(data.targetsOf(kpi.code()), calendar, kpi.frequency()),
                    Series.of(data.budgetsOf(kpi.code()), calendar, kpi.frequency()),
                    Series.of(data.stretchTargetsOf(kpi.code()), calendar, kpi.frequency()), data.withheldKpis()));
        }
        return compiled(scorecard, calendar, Map.copyOf(kpis));
    }

    public ScorecardDefinition scorecard() {
        return scorecard;
    }

    public FiscalCalendar calendar() {
        return calendar;
    }

    /** Evaluates the whole scorecard at {@code period} (a month, quarter or fiscal year) in {@code view}. */
    public Evaluation evaluate(Period period, View view) {
        KpiEvaluator evaluator = evaluator();
        Map<String, Evaluation> memo = included.memo();
        List<PerspectiveDefinition> definitions = scorecard.perspectives();
        List<PerspectiveResult> perspectives = new ArrayList<>(definitions.size());
        for (int p = 0; p < definitions.size(); p++) {
            List<ObjectiveDefinition> objectiveDefinitions = definitions.get(p).objectives();
            List<ObjectiveResult> objectives = new ArrayList<>(objectiveDefinitions.size());
            for (int o = 0; o < objectiveDefinitions.size(); o++) {
                CompiledKpi[] kpis = layout.kpis[p][o];
                KpiResult[] results = new KpiResult[kpis.length];
                for (int k = 0; k < kpis.length; k++) {
                    results[k] = evaluateKpi(evaluator, kpis[k], period, view);
                }
                objectives.add(new ObjectiveResult(objectiveDefinitions.get(o), scorecard.missing(), scorecard.bands(),
                        layout.kpiWeights[p][o], layout.codes[p][o], results,
                        included.results(objectiveDefinitions.get(o).includes(), memo, period, view)));
            }
            perspectives.add(new PerspectiveResult(definitions.get(p), scorecard.missing(), scorecard.bands(),
                    layout.objectiveWeights[p], objectives,
                    included.results(definitions.get(p).includes(), memo, period, view)));
        }
        return new Evaluation(scorecard, period, view, layout.perspectiveWeights, perspectives);
    }

    /** Evaluates one KPI of the scorecard or of the wider organisation (case-insensitive code). */
    public KpiResult evaluateKpi(String code, Period period, View view) {
        return evaluateKpi(evaluator(), compiled(code), period, view);
    }

    private KpiResult evaluateKpi(KpiEvaluator evaluator, CompiledKpi kpi, Period period, View view) {
        return new KpiResult(evaluator.evaluate(kpi, period, view), evaluator, scorecard.bands(), scorecard.cap());
    }

    /**
     * A KPI at every native period from the one containing the start of {@code from} to the last one ending by the
     * end of {@code to}, in {@code view}, with the forecast from {@code to} to the end of its fiscal year.
     */
    public KpiSeries series(String code, Period from, Period to, View view) {
        CompiledKpi kpi = compiled(code);
        KpiEvaluator evaluator = evaluator();
        int first = calendar.nativeIndexAt(kpi.frequency, calendar.window(from));
        int end = calendar.endInside(kpi.frequency, calendar.window(to));
        if (end - first > MAX_SERIES) {
            throw new IllegalArgumentException(tooLong(code, from, to));
        }
        List<SeriesPoint> points = new ArrayList<>(Math.max(0, end - first));
        for (int i = first; i < end; i++) {
            points.add(SeriesPoint.of(evaluateKpi(evaluator, kpi, calendar.nativePeriod(kpi.frequency, i), view)));
        }
        return new KpiSeries(kpi.definition.code(), view, points, new Forecaster(evaluator).forecast(kpi, to, 0));
    }

    /**
     * A KPI's last {@code count} native periods ending by the end of {@code to}, each in its own period view, oldest
     * first and without a forecast: what a sparkline draws, and the latest value of a KPI whose periods are longer
     * than {@code to} (a quarterly KPI in a month). Fewer when the supported years begin sooner.
     */
    public List<SeriesPoint> recent(String code, Period to, int count) {
        if (count < 1 || count > MAX_SERIES) {
            throw new IllegalArgumentException("count must lie between 1 and " + MAX_SERIES);
        }
        CompiledKpi kpi = compiled(code);
        KpiEvaluator evaluator = evaluator();
        int end = calendar.endInside(kpi.frequency, calendar.window(to));
        List<SeriesPoint> points = new ArrayList<>(count);
        // after the native period holding December of the first supported year, so every period is a valid one
        int first = Math.max(end - count, calendar.nativeIndexAt(kpi.frequency, calendar.window(FIRST_DECEMBER)) + 1);
        for (int i = first; i < end; i++) {
            points.add(SeriesPoint.of(evaluateKpi(evaluator, kpi, calendar.nativePeriod(kpi.frequency, i), View.PERIOD)));
        }
        return points;
    }

    /**
     * Why a series of {@code code} from {@code from} to {@code to} is refused, or {@code null} when it holds at most
     * {@link #MAX_SERIES} native periods of the KPI.
     */
    public String tooLong(String code, Period from, Period to) {
        CompiledKpi kpi = compiled(code);
        int count = calendar.endInside(kpi.frequency, calendar.window(to))
                - calendar.nativeIndexAt(kpi.frequency, calendar.window(from));
        return count <= MAX_SERIES ? null : "a series holds at most " + MAX_SERIES + " periods of the KPI (ten years "
                + "of days, every month of the supported years); " + from + " to " + to + " holds " + count + " "
                + kpi.frequency.key() + " periods: ask for a shorter range";
    }

    /**
     * Forecasts a KPI from its native values up to {@code period}: {@code horizon} native periods after the last
     * value, or up to the end of the fiscal year when {@code horizon} is 0. See {@link Forecast} for the method.
     */
    public Forecast forecast(String code, Period period, int horizon) {
        if (horizon < 0) {
            throw new IllegalArgumentException("the horizon must not be negative");
        }
        return new Forecaster(evaluator()).forecast(compiled(code), period, horizon);
    }

    CompiledKpi compiled(String code) {
        CompiledKpi kpi = kpis.get(code.toUpperCase(Locale.ROOT));
        if (kpi == null) {
            throw new IllegalArgumentException("no KPI '" + code + "' in this scorecard or its other KPIs");
        }
        return kpi;
    }
}
