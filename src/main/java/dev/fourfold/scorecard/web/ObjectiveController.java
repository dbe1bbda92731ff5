package dev.fourfold.scorecard.web;

import dev.fourfold.scorecard.Objective;
import dev.fourfold.scorecard.ObjectiveService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/v1/objectives")
@Tag(name = "Objectives", description = "Strategic goals and the strategy map's cause→effect links")
class ObjectiveController {

    private final ObjectiveService objectives;

    ObjectiveController(ObjectiveService objectives) {
        this.objectives = objectives;
    }

    record ObjectiveRequest(Long perspectiveId, String code, String name, String description, String owner,
                            BigDecimal weight, String rollup, Integer position, Long alignedToId, List<Long> drivenBy,
                            Long version) {
    }

    @GetMapping
    @Operation(operationId = "listObjectives",
            summary = "List objectives, filtered by unit, scorecard or perspective; retired ones on request")
    PageResponse<Objective> list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long scorecardId,
                                 @RequestParam(required = false) Long perspectiveId,
                                 @RequestParam(defaultValue = "false") boolean includeRetired, PageRequest page, Actor actor) {
        return objectives.list(new ObjectiveService.Filter(unitId, scorecardId, perspectiveId, includeRetired), page, actor);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getObjective", summary = "Get one objective")
    Objective get(@PathVariable long id, Actor actor) {
        return objectives.get(id, actor);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createObjective", summary = "Create an objective in a perspective")
    Objective create(@RequestBody ObjectiveRequest r, Actor actor) {
        return objectives.create(draft(r, 0), actor);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateObjective",
            summary = "Change an objective, sending the version you read (409 if it changed since)")
    Objective update(@PathVariable long id, @RequestBody ObjectiveRequest r, Actor actor) {
        return objectives.update(id, draft(r, Versions.required(r.version())), actor);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteObjective",
            summary = "Delete an objective (204), or retire it (200 with the retired objective) when KPIs or "
            + "initiatives hang on it; 409 while active ones do")
    ResponseEntity<Objective> delete(@PathVariable long id, @RequestParam(required = false) Long version, Actor actor) {
        return objectives.delete(id, version, actor) == ObjectiveService.Removal.RETIRED
                ? ResponseEntity.ok(objectives.get(id))
                : ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    @Operation(operationId = "restoreObjective", summary = "Bring a retired objective back into current views")
    Objective restore(@PathVariable long id, Actor actor) {
        return objectives.restore(id, actor);
    }

    private static Objective draft(ObjectiveRequest r, long version) {
        if (r.perspectiveId() == null) {
            throw new InvalidInputException("perspectiveId", "is required: the id of the perspective the objective belongs to");
        }
        return new Objective(0, 0, r.perspectiveId(), r.code(), r.name(), r.description(), r.owner(), r.weight(),
                r.rollup(), r.position() == null ? 0 : r.position(), r.alignedToId(),
                r.drivenBy() == null ? List.of() : r.drivenBy(), false, version);
    }
}
