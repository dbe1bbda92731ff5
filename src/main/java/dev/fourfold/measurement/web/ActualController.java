package dev.fourfold.measurement.web;

import dev.fourfold.kpi.PeriodValueRules;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualReviews;
import dev.fourfold.measurement.ActualRevision;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
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
@RequestMapping("/api/v1/actuals")
@Tag(name = "Actual values", description = "Measurements per KPI and period, with history")
class ActualController {

    private final ActualService actuals;
    private final ActualReviews reviews;
    private final PeriodValueRules periods;

    ActualController(ActualService actuals, ActualReviews reviews, PeriodValueRules periods) {
        this.actuals = actuals;
        this.reviews = reviews;
        this.periods = periods;
    }

    record ActualRequest(Long kpiId, String kpiCode, String period, BigDecimal value, String comment, String state,
                         Long version) {
    }

    record BatchRequest(List<ActualService.Item> items) {
    }

    @GetMapping
    @Operation(operationId = "listActuals",
            summary = "List actual values by KPI, scorecard, state and period range (from/to are period keys)")
    PageResponse<Actual> list(@RequestParam(required = false) Long kpiId, @RequestParam(required = false) Long scorecardId,
                              @RequestParam(required = false) String state, @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to, PageRequest page, Actor actor) {
        PeriodValueRules.Range range = periods.range(from, to);
        return actuals.list(new ActualService.Filter(kpiId, scorecardId, state, range.from(), range.to()), page, actor);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getActual", summary = "Get one actual value")
    Actual get(@PathVariable long id, Actor actor) {
        return actuals.get(id, actor);
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "getActualHistory", summary = "Every version of the value, oldest first")
    List<ActualRevision> history(@PathVariable long id, Actor actor) {
        return actuals.history(id, actor);
    }

    record ReviewRequest(String comment) {
    }

    @PostMapping("/{id}/approve")
    @Operation(operationId = "approveActual",
            summary = "Approve a pending value so that it counts (scorecard owners and administrators)")
    Actual approve(@PathVariable long id, @RequestBody(required = false) ReviewRequest r, Actor actor) {
        return reviews.review(id, true, r == null ? null : r.comment(), actor);
    }

    @PostMapping("/{id}/reject")
    @Operation(operationId = "rejectActual", summary = "Reject a pending value, with a comment saying why")
    Actual reject(@PathVariable long id, @RequestBody(required = false) ReviewRequest r, Actor actor) {
        return reviews.review(id, false, r == null ? null : r.comment(), actor);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createActual",
            summary = "Record a value; 409 if the KPI has one for the period (change that one with PUT)")
    Actual create(@RequestBody ActualRequest r, Actor actor) {
        return actuals.create(new ActualService.Item(r.kpiId(), r.kpiCode(), r.period(), r.value(), r.comment(), r.state(), null), actor);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateActual",
            summary = "Change a value, its comment or state, sending the version you read (409 if it changed since)")
    Actual update(@PathVariable long id, @RequestBody ActualRequest r, Actor actor) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "is required on update: send the version you last read");
        }
        return actuals.update(id, r.value(), r.comment(), r.state(), r.version(), actor);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteActual",
            summary = "Delete a value; with version, only if it is still at that version")
    void delete(@PathVariable long id, @RequestParam(required = false) Long version, Actor actor) {
        actuals.delete(id, version, actor);
    }

    @PostMapping("/batch")
    @Operation(operationId = "recordActualBatch",
            summary = "Record many values atomically: all are written, or none and every rejected item is listed")
    BatchResult batch(@RequestBody BatchRequest r, Actor actor) {
        if (r.items() == null || r.items().isEmpty()) {
            throw new InvalidInputException("items", "is required: a list of {kpiId or kpiCode, period, value, comment}");
        }
        return actuals.recordAll(r.items(), actor);
    }
}
