package dev.fourfold.importing;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.InvalidInputException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.fourfold.importing.StructureImport.key;

/**
 * Brings a scorecard's KPIs in line with a file (KPIs left out are retired, or deleted when they have no data) and
 * upserts the file's targets and actual values through the batch APIs, writing only values that change.
 */
@Component
class KpiImport {

    private static final int BATCH = 5_000;

    private final KpiService kpis;
    private final TargetService targets;
    private final ActualService actuals;

    KpiImport(KpiService kpis, TargetService targets, ActualService actuals) {
        this.kpis = kpis;
        this.targets = targets;
        this.actuals = actuals;
    }

    void apply(Scorecard scorecard, ScorecardFile file, Map<String, Long> objectiveIds, Tally tally, Actor actor) {
        Map<String, Kpi> existing = new LinkedHashMap<>();
        Pages.all(page -> kpis.list(new KpiService.Filter(null, scorecard.id(), null, null, true, null), page, Actor.system()))
                .forEach(k -> existing.put(key(k.code()), k));
        Map<String, KpiSection> inFile = new LinkedHashMap<>();
        file.kpis().forEach(k -> inFile.put(key(k.code()), k));
        existing.values().stream().filter(k -> !inFile.containsKey(key(k.code())) && !k.retired())
                .sorted(Comparator.comparing((Kpi k) -> !k.isFormula()))
                .forEach(k -> {
                    kpis.delete(k.id(), null, actor);
                    tally.retired("kpi");
                });
        Map<String, Kpi> saved = new HashMap<>();
        for (ObjectiveSection o : file.objectives()) {
            for (int i = 0; i < o.kpis().size(); i++) {
                KpiSection k = o.kpis().get(i);
                if (k.formula() == null) {
                    saved.put(key(k.code()), kpi(scorecard, objectiveIds.get(key(o.code())), i + 1, k, existing, tally, actor));
                }
            }
        }
        for (ObjectiveSection o : file.objectives()) {
            for (int i = 0; i < o.kpis().size(); i++) {
                KpiSection k = o.kpis().get(i);
                if (k.formula() != null) {
                    saved.put(key(k.code()), kpi(scorecard, objectiveIds.get(key(o.code())), i + 1, k, existing, tally, actor));
                }
            }
        }
        values(file, saved, tally, actor);
    }

    private Kpi kpi(Scorecard scorecard, long objectiveId, int position, KpiSection k, Map<String, Kpi> existing,
                    Tally tally, Actor actor) {
        Kpi current = existing.get(key(k.code()));
        if (current == null) {
            kpis.findByCode(k.code()).ifPresent(other -> {
                throw new InvalidInputException("kpis." + k.code() + ".code", "KPI code " + k.code()
                        + " belongs to another scorecard; codes are unique in the organisation");
            });
            tally.created("kpi");
            return kpis.create(draft(0, objectiveId, scorecard.id(), position, k, 0), actor);
        }
        if (current.retired()) {
            current = kpis.restore(current.id(), actor);
        }
        Kpi draft = draft(current.id(), objectiveId, current.scorecardId(), position, k, current.version());
        if (draft.equals(current) && !existing.get(key(k.code())).retired()) {
            tally.unchanged("kpi");
            return current;
        }
        tally.updated("kpi");
        return kpis.update(current.id(), draft, actor);
    }

    private static Kpi draft(long id, long objectiveId, long scorecardId, int position, KpiSection k, long version) {
        boolean formula = k.formula() != null;
        return new Kpi(id, objectiveId, scorecardId, k.code(), k.name() == null ? k.code() : k.name(), k.description(),
                k.unit(), k.polarity() == null ? "higher" : k.polarity().key(),
                k.frequencyOrDefault().key(),
                k.aggregation() != null ? k.aggregation().key() : formula ? "formula" : "sum",
                k.method() == null ? null : k.method().key(), k.weight() == null ? BigDecimal.ONE : n(k.weight()),
                position, n(k.baseline()), n(k.min()), n(k.max()), n(k.redFlag()),
                k.band() == null ? null : new Kpi.Band(n(k.band().low()), n(k.band().high()), n(k.band().tolerance())),
                k.thresholds() == null ? null : new Kpi.Thresholds(n(k.thresholds().amber()),
                        n(k.thresholds().green()), n(k.thresholds().blue())),
                k.formula(), k.missingInputs() == null ? "blank" : k.missingInputs().key(),
                k.targetAggregation() == null ? "average" : k.targetAggregation().key(), n(k.target()), k.owner(),
                k.lead(), n(k.benchmark()), k.graceDays() == null ? 10 : k.graceDays(), forecast(k.forecast()), false,
                version);
    }

    private static Kpi.Forecast forecast(KpiSection.Forecast f) {
        if (f == null) {
            return Kpi.Forecast.AUTO;
        }
        String method = f.method() != null ? f.method().key() : f.alpha() != null || f.beta() != null ? "holt" : "auto";
        return new Kpi.Forecast(method, n(f.alpha()), n(f.beta()));
    }

    private static BigDecimal n(BigDecimal value) {
        return Decimals.normalised(value);
    }

    private void values(ScorecardFile file, Map<String, Kpi> saved, Tally tally, Actor actor) {
        Map<String, Actual> currentActuals = new HashMap<>();
        actuals.allOf(saved.values().stream().map(Kpi::id).toList())
                .forEach(a -> currentActuals.put(a.kpiId() + "/" + a.period(), a));
        List<TargetService.Item> targetItems = new ArrayList<>();
        List<ActualService.Item> actualItems = new ArrayList<>();
        for (KpiSection section : file.kpis()) {
            Kpi kpi = saved.get(key(section.code()));
            Map<String, BigDecimal> currentTargets = new HashMap<>();
            targets.allOf(kpi.id()).forEach(t -> currentTargets.put(t.period(), t.value()));
            section.targets().forEach((period, value) -> {
                BigDecimal current = currentTargets.get(period.key());
                if (current != null && current.compareTo(value) == 0) {
                    tally.unchanged("target");
                } else {
                    targetItems.add(new TargetService.Item(kpi.id(), null, period.key(), value,
                            ScorecardFileService.TARGET_REASON, null));
                }
            });
            section.actuals().forEach((period, value) -> {
                Actual current = currentActuals.get(kpi.id() + "/" + period.key());
                if (current != null && current.value().compareTo(value) == 0 && current.state().equals("approved")) {
                    tally.unchanged("actual");
                } else {
                    actualItems.add(new ActualService.Item(kpi.id(), null, period.key(), value,
                            current == null ? null : current.comment(), "approved", null));
                }
            });
        }
        for (int i = 0; i < targetItems.size(); i += BATCH) {
            BatchResult r = targets.recordAll(targetItems.subList(i, Math.min(i + BATCH, targetItems.size())), actor);
            tally.add("target", r.created(), r.updated(), r.unchanged());
        }
        for (int i = 0; i < actualItems.size(); i += BATCH) {
            BatchResult r = actuals.recordAll(actualItems.subList(i, Math.min(i + BATCH, actualItems.size())), actor);
            tally.add("actual", r.created(), r.updated(), r.unchanged());
        }
    }
}
