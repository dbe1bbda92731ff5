package dev.fourfold.kpi.web;

import dev.fourfold.kpi.PeriodValueRules;
import dev.fourfold.kpi.Target;
import dev.fourfold.kpi.TargetPhasing;
import dev.fourfold.kpi.TargetRevision;
import dev.fourfold.kpi.TargetSeries;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Period;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Targets", description = "Targets per KPI and period, with revision history; budgets and stretch "
        + "targets alike, chosen by series (target, the default, budget or stretch)")
class TargetController {

    private static final String SERIES = "target (default), budget or stretch";

    private final TargetService targets;
    private final PeriodValueRules periods;
    private final TargetPhasing phasing;

    TargetController(TargetService targets, PeriodValueRules periods, TargetPhasing phasing) {
        this.targets = targets;
        this.periods = periods;
        this.phasing = phasing;
    }

    /** A target to set or revise; {@code series} is {@code target} when left out, and cannot change on update. */
    record TargetRequest(Long kpiId, String kpiCode, String period, BigDecimal value, String reason, Long version,
                         String series) {
    }

    record BatchRequest(List<TargetService.Item> items) {
    }

    @GetMapping
    @Operation(operationId = "listTargets",
            summary = "List targets, by KPI or scorecard and period range (from/to are period keys); "
            + "series=budget or series=stretch lists budgets or stretch targets instead")
    PageResponse<Target> list(@RequestParam(required = false) Long kpiId, @RequestParam(required = false) Long scorecardId,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @Parameter(description = SERIES) @RequestParam(required = false) String series,
                              PageRequest page, Actor actor) {
        TargetSeries s = TargetSeries.of(series, "series");
        PeriodValueRules.Range range = periods.range(from, to);
        return targets.list(new TargetService.Filter(kpiId, scorecardId, range.from(), range.to(), s), page, actor);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getTarget", summary = "Get one per-period target, budget or stretch target")
    Target get(@PathVariable long id, Actor actor) {
        return targets.get(id, actor);
    }

    @GetMapping("/revisions")
    @Operation(operationId = "listTargetRevisions",
            summary = "Every version of a KPI's target (or budget or stretch target) for one period, oldest first "
            + "(deletions have no value)")
    List<TargetRevision> revisions(@RequestParam long kpiId, @RequestParam String period,
                                   @Parameter(description = SERIES) @RequestParam(required = false) String series,
                                   Actor actor) {
        TargetSeries s = TargetSeries.of(series, "series");
        try {
            return targets.revisions(kpiId, s, Period.parse(period).key(), actor);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", e.getMessage());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createTarget",
            summary = "Set a KPI's target for a period; with \"series\": \"budget\" or \"stretch\" its budget or "
            + "stretch target")
    Target create(@RequestBody TargetRequest r, Actor actor) {
        return targets.create(new TargetService.Item(r.kpiId(), r.kpiCode(), r.period(), r.value(), r.reason(), null,
                r.series()), actor);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateTarget", summary = "Revise a target with a reason; the old version is kept")
    Target update(@PathVariable long id, @RequestBody TargetRequest r, Actor actor) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "is required on update: send the version you last read");
        }
        if (r.series() != null && !r.series().isBlank()) {
            String stored = targets.get(id, actor).series();
            if (!r.series().strip().equals(stored)) {
                throw new InvalidInputException("series", "target " + id + " is a " + stored + "; a series cannot "
                        + "change: delete it and create a " + r.series().strip() + " instead");
            }
        }
        return targets.update(id, r.value(), r.reason(), r.version(), actor);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteTarget",
            summary = "Delete a per-period target with a reason; the KPI's default target applies again")
    void delete(@PathVariable long id, @RequestParam(required = false) Long version,
                @RequestParam(required = false) String reason, Actor actor) {
        targets.delete(id, version, reason, actor);
    }

    @PostMapping("/phase")
    @Operation(operationId = "phaseTargets",
            summary = "Set a fiscal year's targets (or, with series, budgets or stretch targets) from one annual "
            + "figure: split over the periods of a flow (evenly or by weights), the same figure for every period "
            + "otherwise; atomic")
    BatchResult phase(@RequestBody TargetPhasing.Request r, Actor actor) {
        return phasing.phase(r, actor);
    }

    @PostMapping("/batch")
    @Operation(operationId = "recordTargetBatch",
            summary = "Record many targets atomically: all are written, or none and every rejected item is listed; "
            + "each item may name its series (target, the default, budget or stretch)")
    BatchResult batch(@RequestBody BatchRequest r, Actor actor) {
        if (r.items() == null || r.items().isEmpty()) {
            throw new InvalidInputException("items", "is required: a list of {kpiId or kpiCode, period, value, reason}");
        }
        return targets.recordAll(r.items(), actor);
    }
}
