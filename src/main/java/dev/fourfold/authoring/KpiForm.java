package dev.fourfold.authoring;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiDraft;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A KPI as its form holds it: every field as typed, so a refused form comes back unchanged. The common fields come
 * first; the rest are under "more settings". Band, thresholds and forecast settings are not on the form: an edit
 * keeps them as they are.
 */
record KpiForm(@Nullable String code, @Nullable String name, @Nullable String description, @Nullable String unit,
               @Nullable String polarity, @Nullable String frequency, @Nullable String aggregation,
               @Nullable String weight, @Nullable String target, @Nullable String owner, @Nullable String formula,
               @Nullable String method, @Nullable String baseline, @Nullable String min, @Nullable String max,
               @Nullable String redFlag, @Nullable String missingInputs, @Nullable String targetAggregation,
               @Nullable String lead, @Nullable String benchmark, @Nullable String graceDays, @Nullable Long version) {

    /** The fields a service's problems may name, in the form's order. */
    static final List<String> FIELDS = List.of("code", "name", "description", "unit", "polarity", "frequency",
            "aggregation", "weight", "target", "owner", "formula", "method", "baseline", "min", "max", "redFlag",
            "missingInputs", "targetAggregation", "lead", "benchmark", "graceDays");

    /** An empty form with the defaults a new KPI gets. */
    static KpiForm blank() {
        return new KpiForm(null, null, null, null, "higher", "monthly", "sum", "1", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /** A stored KPI's form, numbers written in the reader's language. */
    static KpiForm of(Kpi k, Locale locale) {
        var s = k.scoring();
        var c = k.collection();
        return new KpiForm(k.code(), k.name(), k.description(), k.unit(), s.polarity().key(), c.frequency().key(),
                c.aggregation().key(), FormFields.write(s.weight(), locale), FormFields.write(s.target(), locale), c.owner(), c.formula(),
                s.method() == null ? null : s.method().key(), FormFields.write(s.baseline(), locale), FormFields.write(s.min(), locale),
                FormFields.write(s.max(), locale), FormFields.write(s.redFlag(), locale), c.missingInputs().key(),
                c.targetAggregation().key(), k.lead() == null ? null : k.lead().key(), FormFields.write(s.benchmark(), locale),
                Integer.toString(c.graceDays()), k.version());
    }

    /** The draft the KPI service checks and saves; {@code kept} supplies what the form does not show (edits). */
    KpiDraft draft(long objectiveId, FormFields fields, @Nullable Kpi kept) {
        Integer grace = null;
        if (graceDays != null && !graceDays.isBlank()) {
            try {
                grace = Integer.valueOf(graceDays.strip());
            } catch (NumberFormatException e) {
                fields.add("graceDays", "'" + graceDays + "' is not a whole number of days");
            }
        }
        String writtenFormula = FormFields.text(formula);
        return new KpiDraft(objectiveId, FormFields.text(code), FormFields.text(name), FormFields.text(description),
                FormFields.text(unit), FormFields.text(polarity), FormFields.text(frequency),
                writtenFormula != null ? "formula" : FormFields.text(aggregation), FormFields.text(method),
                fields.number("weight", weight), kept == null ? null : kept.position(),
                fields.number("baseline", baseline), fields.number("min", min), fields.number("max", max),
                fields.number("redFlag", redFlag), kept == null ? null : kept.scoring().band(),
                kept == null ? null : kept.scoring().thresholds(), writtenFormula, FormFields.text(missingInputs),
                FormFields.text(targetAggregation), fields.number("target", target), FormFields.text(owner),
                FormFields.text(lead), fields.number("benchmark", benchmark), grace,
                kept == null ? null : KpiDraft.Forecast.of(kept.forecast()), version);
    }

}
