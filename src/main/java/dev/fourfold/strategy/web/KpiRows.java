package dev.fourfold.strategy.web;

import dev.fourfold.evaluation.Sparkline;
import dev.fourfold.evaluation.StoredScorecard;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.scoring.KpiResult;
import dev.fourfold.scoring.ObjectiveResult;
import dev.fourfold.scoring.SeriesPoint;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The KPI rows of an objective's page: each KPI's actual, target, score and status at the page's period and view,
 * and a sparkline of its actuals over its last {@value #SPARK} native periods up to the end of that period.
 */
final class KpiRows {

    static final int SPARK = 12;

    private final StoredScorecard stored;
    private final Period period;
    private final Scores scores;

    KpiRows(StoredScorecard stored, Period period, Scores scores) {
        this.stored = stored;
        this.period = period;
        this.scores = scores;
    }

    List<ObjectivePage.KpiRow> of(ObjectiveResult objective) {
        List<ObjectivePage.KpiRow> rows = new ArrayList<>(objective.kpis().size());
        for (KpiResult k : objective.kpis()) {
            Kpi kpi = stored.kpi(k.code());
            String status = k.status().key();
            List<Double> actuals = actuals(k.code());
            String label = scores.message("strategy.kpi.sparkline", kpi.name(), actuals.size());
            rows.add(new ObjectivePage.KpiRow(kpi.id(), kpi.code(), kpi.name(), kpi.unit(), scores.value(k.actual()),
                    scores.value(k.target()), scores.score(k.score()), status, scores.word(status), k.reason(),
                    kpi.scoring().weight().signum() == 0, Sparkline.svg(actuals, label)));
        }
        return rows;
    }

    /** The KPI's actuals per native period, oldest first, the last {@value #SPARK} up to the page's period. */
    private List<Double> actuals(String code) {
        Period from;
        try {
            from = period.plus(1 - SPARK);
        } catch (IllegalArgumentException beforeTheFirstYear) {
            from = period;
        }
        if (stored.model().tooLong(code, from, period) != null) {
            from = period;
        }
        List<SeriesPoint> points = stored.model().series(code, from, period, View.PERIOD).points();
        List<Double> actuals = new ArrayList<>(SPARK);
        points.subList(Math.max(0, points.size() - SPARK), points.size()).forEach(p -> actuals.add(p.actual()));
        return actuals;
    }
}
