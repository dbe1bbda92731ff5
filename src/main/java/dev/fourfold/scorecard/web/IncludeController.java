package dev.fourfold.scorecard.web;

import dev.fourfold.scorecard.IncludeService;
import dev.fourfold.scorecard.ScorecardInclude;
import dev.fourfold.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Includes", description = "Child units' scorecards counted as weighted children of a perspective or objective")
class IncludeController {

    private final IncludeService includes;

    IncludeController(IncludeService includes) {
        this.includes = includes;
    }

    record IncludeRequest(Long perspectiveId, Long objectiveId, Long childScorecardId, Long childUnitId,
                          String childPerspective, BigDecimal weight) {
    }

    @GetMapping("/api/v1/scorecards/{id}/includes")
    @Operation(operationId = "listIncludes",
            summary = "The scorecards of child units that this scorecard's perspectives and objectives include "
            + "(those of scorecards the caller may not read are left out)")
    List<ScorecardInclude> list(@PathVariable long id, Actor actor) {
        return includes.list(id, actor);
    }

    @PostMapping("/api/v1/scorecards/{id}/includes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createInclude",
            summary = "Include a child unit's scorecard (scorecard owners): under a perspective its perspective of the "
            + "same name (or childPerspective) counts, under an objective its overall score (or childPerspective's); "
            + "a scorecard of a unit not below this one's, or one that would close a cycle, is refused with 400")
    ScorecardInclude create(@PathVariable long id, @RequestBody IncludeRequest r, Actor actor) {
        return includes.create(id, new IncludeService.Draft(r.perspectiveId(), r.objectiveId(), r.childScorecardId(),
                r.childUnitId(), r.childPerspective(), r.weight() == null ? BigDecimal.ONE : r.weight()), actor);
    }

    @DeleteMapping("/api/v1/scorecards/{id}/includes/{includeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteInclude", summary = "Stop including a child unit's scorecard (scorecard owners)")
    void delete(@PathVariable long id, @PathVariable long includeId, @RequestParam(required = false) Long version,
                Actor actor) {
        includes.delete(id, includeId, version, actor);
    }
}
