package dev.fourfold.importing;

import static dev.fourfold.importing.StructureImport.key;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiCreation;
import dev.fourfold.kpi.KpiDraft;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.TargetSeries;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.measurement.ActualState;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Brings a scorecard's KPIs in line with a file (KPIs left out are retired, or deleted when they have no data) and
 * upserts the file's targets and actual values through the batch APIs, writing only values that change.
 */
@Component
class KpiImport {

    private static final int BATCH = dev.fourfold.kpi.PeriodValueRules.MAX_BATCH;

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
        Pages.all(page -> kpis.list(new KpiService.Filter(null, scorecard.id(), null, null, true), page, Actor.system()))
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
        KpiCreation creation = kpis.creating(actor);
        for (ObjectiveSection o : file.objectives()) {
            for (int i = 0; i < o.kpis().size(); i++) {
                KpiSection k = o.kpis().get(i);
                if (k.formula() == null) {
                    saved.put(key(k.code()), kpi(objectiveIds.get(key(o.code())), i + 1, k, existing, tally,
                            creation, actor));
                }
            }
        }
        for (ObjectiveSection o : file.objectives()) {
            for (int i = 0; i < o.kpis().size(); i++) {
                KpiSection k = o.kpis().get(i);
                if (k.formula() != null) {
                    saved.put(key(k.code()), kpi(objectiveIds.get(key(o.code())), i + 1, k, existing, tally,
                            creation, actor));
                }
            }
        }
        creation.finish();
        values(file, saved, tally, actor);
    }

    private Kpi kpi(long objectiveId, int position, KpiSection k, Map<String, Kpi> existing, Tally tally,
                    KpiCreation creation, Actor actor) {
        Kpi current = existing.get(key(k.code()));
        if (current == null) {
            kpis.findByCode(k.code()).ifPresent(other -> {
                throw new InvalidInputException("kpis." + k.code() + ".code", "KPI code " + k.code()
                        + " belongs to another scorecard; codes are unique in the organisation");
            });
            tally.created("kpi");
            return creation.create(KpiDrafts.of(k, objectiveId, position, 0));
        }
        creation.finish(); // the change log keeps the order in which the file's KPIs were saved
        if (current.retired()) {
            current = kpis.restore(current.id(), actor);
        }
        KpiDraft draft = KpiDrafts.of(k, objectiveId, position, current.version());
        if (unchanged(draft, current) && !existing.get(key(k.code())).retired()) {
            tally.unchanged("kpi");
            return current;
        }
        tally.updated("kpi");
        return kpis.update(current.id(), draft, actor);
    }

    /** Whether saving the draft would leave the KPI as it is; a draft with problems is saved, and so reported. */
    private static boolean unchanged(KpiDraft draft, Kpi current) {
        return draft.completed().map(k -> k.withId(current.id()).withScorecard(current.scorecardId()))
                .filter(current::equals).isPresent();
    }

    private void values(ScorecardFile file, Map<String, Kpi> saved, Tally tally, Actor actor) {
        Map<String, Actual> currentActuals = new HashMap<>();
        actuals.allOf(saved.values().stream().map(Kpi::id).toList())
                .forEach(a -> currentActuals.put(a.kpiId() + "/" + a.period(), a));
        Map<String, BigDecimal> currentTargets = new HashMap<>();
        targets.allOf(saved.values().stream().map(Kpi::id).toList())
                .forEach(t -> currentTargets.put(t.series() + "/" + t.kpiId() + "/" + t.period(), t.value()));
        List<TargetService.Item> targetItems = new ArrayList<>();
        List<ActualService.Item> actualItems = new ArrayList<>();
        for (KpiSection section : file.kpis()) {
            Kpi kpi = saved.get(key(section.code()));
            for (int s = 0; s < TargetSeries.values().length; s++) {
                String series = TargetSeries.values()[s].key();
                section.plans().get(s).forEach((period, value) -> {
                    BigDecimal current = currentTargets.get(series + "/" + kpi.id() + "/" + period.key());
                    if (current != null && current.compareTo(value) == 0) {
                        tally.unchanged("target");
                    } else {
                        targetItems.add(new TargetService.Item(kpi.id(), null, period.key(), value,
                                ScorecardFileService.TARGET_REASON, null, series));
                    }
                });
            }
            section.actuals().forEach((period, value) -> {
                Actual current = currentActuals.get(kpi.id() + "/" + period.key());
                if (current != null && current.value().compareTo(value) == 0 && current.state() == ActualState.APPROVED) {
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
