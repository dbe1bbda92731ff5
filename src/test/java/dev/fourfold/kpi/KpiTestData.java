package dev.fourfold.kpi;

import java.math.BigDecimal;

/**
 * Drafts and KPIs for tests: {@code aDraft()} is what a client sends with only code, name and objective, and
 * {@code aKpi()} the KPI it completes to; the withers change one thing each.
 */
final class KpiTestData {

    private KpiTestData() {
    }

    static DraftBuilder aDraft() {
        return new DraftBuilder();
    }

    /** A complete KPI made the only way there is: from a draft. */
    static Kpi aKpi() {
        return aDraft().complete();
    }

    /** A draft with its parts settable one by one; everything not set is left out, as a client may. */
    static final class DraftBuilder {
        private Long objectiveId = 7L;
        private String code = "REV";
        private String name = "Revenue";
        private String description;
        private String unit;
        private String polarity;
        private String frequency;
        private String aggregation;
        private String method;
        private BigDecimal weight;
        private BigDecimal target;
        private String formula;
        private String missingInputs;
        private String targetAggregation;
        private String owner;
        private String lead;
        private Integer graceDays;
        private KpiDraft.Forecast forecast;

        DraftBuilder withCode(String code) {
            this.code = code;
            return this;
        }

        DraftBuilder withName(String name) {
            this.name = name;
            return this;
        }

        DraftBuilder withDescription(String description) {
            this.description = description;
            return this;
        }

        DraftBuilder withPolarity(String polarity) {
            this.polarity = polarity;
            return this;
        }

        DraftBuilder withFrequency(String frequency) {
            this.frequency = frequency;
            return this;
        }

        DraftBuilder withAggregation(String aggregation) {
            this.aggregation = aggregation;
            return this;
        }

        DraftBuilder withMethod(String method) {
            this.method = method;
            return this;
        }

        DraftBuilder withWeight(String weight) {
            this.weight = weight == null ? null : new BigDecimal(weight);
            return this;
        }

        DraftBuilder withTarget(String target) {
            this.target = target == null ? null : new BigDecimal(target);
            return this;
        }

        DraftBuilder withFormula(String formula) {
            this.formula = formula;
            return this;
        }

        DraftBuilder withMissingInputs(String missingInputs) {
            this.missingInputs = missingInputs;
            return this;
        }

        DraftBuilder withTargetAggregation(String targetAggregation) {
            this.targetAggregation = targetAggregation;
            return this;
        }

        DraftBuilder withOwner(String owner) {
            this.owner = owner;
            return this;
        }

        DraftBuilder withLead(String lead) {
            this.lead = lead;
            return this;
        }

        DraftBuilder withGraceDays(Integer graceDays) {
            this.graceDays = graceDays;
            return this;
        }

        DraftBuilder withForecast(String method, String alpha, String beta) {
            this.forecast = new KpiDraft.Forecast(method, alpha == null ? null : new BigDecimal(alpha),
                    beta == null ? null : new BigDecimal(beta));
            return this;
        }

        KpiDraft build() {
            return new KpiDraft(objectiveId, code, name, description, unit, polarity, frequency, aggregation, method,
                    weight, null, null, null, null, null, null, null, formula, missingInputs, targetAggregation,
                    target, owner, lead, null, graceDays, forecast, null);
        }

        Kpi complete() {
            return build().complete();
        }
    }
}
