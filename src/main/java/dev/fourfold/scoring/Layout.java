package dev.fourfold.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scorecard's tree resolved once per model: each KPI's compiled form in tree order and every weight as a double,
 * so that an evaluation neither looks KPIs up by code nor converts a decimal weight per KPI.
 */
final class Layout {

    /** Per perspective, per objective, its KPIs in definition order. */
    final CompiledKpi[][][] kpis;
    /** Per perspective, per objective, its KPIs' weights. */
    final double[][][] kpiWeights;
    /** Per perspective, per objective, its KPIs' codes as defined. */
    final String[][][] codes;
    /** Per perspective, its objectives' weights. */
    final double[][] objectiveWeights;
    /** The perspectives' weights. */
    final double[] perspectiveWeights;

    Layout(ScorecardDefinition scorecard, Map<String, CompiledKpi> byCode) {
        List<PerspectiveDefinition> perspectives = scorecard.perspectives();
        kpis = new CompiledKpi[perspectives.size()][][];
        kpiWeights = new double[perspectives.size()][][];
        codes = new String[perspectives.size()][][];
        objectiveWeights = new double[perspectives.size()][];
        perspectiveWeights = new double[perspectives.size()];
        for (int p = 0; p < perspectives.size(); p++) {
            List<ObjectiveDefinition> objectives = perspectives.get(p).objectives();
            perspectiveWeights[p] = perspectives.get(p).weight().doubleValue();
            kpis[p] = new CompiledKpi[objectives.size()][];
            kpiWeights[p] = new double[objectives.size()][];
            codes[p] = new String[objectives.size()][];
            objectiveWeights[p] = new double[objectives.size()];
            for (int o = 0; o < objectives.size(); o++) {
                List<KpiDefinition> definitions = objectives.get(o).kpis();
                objectiveWeights[p][o] = objectives.get(o).weight().doubleValue();
                kpis[p][o] = new CompiledKpi[definitions.size()];
                kpiWeights[p][o] = new double[definitions.size()];
                codes[p][o] = new String[definitions.size()];
                for (int k = 0; k < definitions.size(); k++) {
                    kpis[p][o][k] = byCode.get(definitions.get(k).code().toUpperCase(Locale.ROOT));
                    kpiWeights[p][o][k] = definitions.get(k).weight().doubleValue();
                    codes[p][o][k] = definitions.get(k).code();
                }
            }
        }
    }
}
