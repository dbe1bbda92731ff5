package dev.fourfold.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test builder of scorecards, objectives and perspectives. */
final class ScorecardBuilder {

    private String name = "Test";
    private int fiscalYearStart = 1;
    private Scale scale;
    private Method method;
    private Bands bands;
    private Cap cap;
    private MissingPolicy missing;
    private RollupRule rollup;
    private final List<PerspectiveDefinition> perspectives = new ArrayList<>();

    static ScorecardBuilder aScorecard() {
        return new ScorecardBuilder();
    }

    static ObjectiveDefinition anObjective(String code, KpiBuilder... kpis) {
        return anObjective(code, null, null, kpis);
    }

    static ObjectiveDefinition anObjective(String code, String weight, RollupRule rollup, KpiBuilder... kpis) {
        return new ObjectiveDefinition(code, weight == null ? null : new BigDecimal(weight), rollup,
                Arrays.stream(kpis).map(KpiBuilder::build).toList());
    }

    static PerspectiveDefinition aPerspective(String name, ObjectiveDefinition... objectives) {
        return aPerspective(name, null, null, objectives);
    }

    static PerspectiveDefinition aPerspective(String name, String weight, RollupRule rollup,
                                              ObjectiveDefinition... objectives) {
        return new PerspectiveDefinition(name, weight == null ? null : new BigDecimal(weight), rollup,
                List.of(objectives));
    }

    /** A scorecard with one perspective and one objective holding {@code kpis}. */
    static ScorecardBuilder withKpis(KpiBuilder... kpis) {
        return aScorecard().with(aPerspective("P", anObjective("O", kpis)));
    }

    ScorecardBuilder named(String value) {
        name = value;
        return this;
    }

    ScorecardBuilder fiscalYearStartingIn(int month) {
        fiscalYearStart = month;
        return this;
    }

    ScorecardBuilder onScale(Scale value) {
        scale = value;
        return this;
    }

    ScorecardBuilder scoredBy(Method value) {
        method = value;
        return this;
    }

    ScorecardBuilder withBands(Bands value) {
        bands = value;
        return this;
    }

    ScorecardBuilder cappedAt(double low, double high) {
        cap = new Cap(low, high);
        return this;
    }

    ScorecardBuilder blankingOnMissing() {
        missing = MissingPolicy.BLANK;
        return this;
    }

    ScorecardBuilder rollingUpBy(RollupRule value) {
        rollup = value;
        return this;
    }

    ScorecardBuilder with(PerspectiveDefinition perspective) {
        perspectives.add(perspective);
        return this;
    }

    ScorecardDefinition build() {
        return new ScorecardDefinition(name, fiscalYearStart, scale, method, bands, cap, missing, rollup, perspectives);
    }
}
