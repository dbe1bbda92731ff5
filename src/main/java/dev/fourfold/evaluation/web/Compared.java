package dev.fourfold.evaluation.web;

import static dev.fourfold.evaluation.web.Numbers.plain;

import dev.fourfold.scoring.KpiResult;
import dev.fourfold.scoring.SeriesPoint;
import dev.fourfold.scoring.Variance;
import java.math.BigDecimal;

/**
 * What a KPI's actual is compared with beside its target, as the API answers it: the budget, stretch target and
 * prior year, and the actual's variance to the target and to each (actual − X, and as a percent of |X|; null where X
 * is missing, the percent also where X is 0).
 */
record Compared(BigDecimal budget, BigDecimal stretch, BigDecimal priorYear,
                BigDecimal targetVariance, BigDecimal targetVariancePercent,
                BigDecimal budgetVariance, BigDecimal budgetVariancePercent,
                BigDecimal stretchVariance, BigDecimal stretchVariancePercent,
                BigDecimal priorYearVariance, BigDecimal priorYearVariancePercent) {

    static final Compared NONE = new Compared(null, null, null, null, null, null, null, null, null, null, null);

    static Compared of(KpiResult k) {
        return of(k.budget(), k.stretch(), k.priorYear(), k.targetVariance(), k.budgetVariance(), k.stretchVariance(),
                k.priorYearVariance());
    }

    static Compared of(SeriesPoint p) {
        return of(p.budget(), p.stretch(), p.priorYear(), p.targetVariance(), p.budgetVariance(), p.stretchVariance(),
                p.priorYearVariance());
    }

    private static Compared of(Double budget, Double stretch, Double priorYear, Variance target, Variance toBudget,
                               Variance toStretch, Variance toPriorYear) {
        return new Compared(plain(budget), plain(stretch), plain(priorYear), plain(target.value()),
                plain(target.percent()), plain(toBudget.value()), plain(toBudget.percent()), plain(toStretch.value()),
                plain(toStretch.percent()), plain(toPriorYear.value()), plain(toPriorYear.percent()));
    }
}
