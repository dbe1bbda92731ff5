package dev.fourfold.initiative.web;

import dev.fourfold.initiative.Initiative;
import dev.fourfold.initiative.InitiativeService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
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
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Projects that should move an objective")
class InitiativeController {

    private final InitiativeService initiatives;

    InitiativeController(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    record InitiativeRequest(Long objectiveId, String name, String description, String owner, LocalDate start,
                             LocalDate end, BigDecimal budget, BigDecimal percentComplete, String status, Long version) {
    }

    @GetMapping
    @Operation(operationId = "listInitiatives", summary = "List initiatives, optionally of one scorecard or objective")
    PageResponse<Initiative> list(@RequestParam(required = false) Long scorecardId,
                                  @RequestParam(required = false) Long objectiveId, PageRequest page, Actor actor) {
        return initiatives.list(new InitiativeService.Filter(scorecardId, objectiveId), page, actor);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getInitiative", summary = "Get one initiative")
    Initiative get(@PathVariable long id, Actor actor) {
        return initiatives.get(id, actor);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createInitiative", summary = "Create an initiative under an objective")
    Initiative create(@RequestBody InitiativeRequest r, Actor actor) {
        return initiatives.create(draft(r, 0), actor);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateInitiative",
            summary = "Change an initiative, sending the version you read (409 if it changed since)")
    Initiative update(@PathVariable long id, @RequestBody InitiativeRequest r, Actor actor) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "is required on update: send the version you last read");
        }
        return initiatives.update(id, draft(r, r.version()), actor);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteInitiative",
            summary = "Delete an initiative; with version, only if it is still at that version")
    void delete(@PathVariable long id, @RequestParam(required = false) Long version, Actor actor) {
        initiatives.delete(id, version, actor);
    }

    private static Initiative draft(InitiativeRequest r, long version) {
        if (r.objectiveId() == null) {
            throw new InvalidInputException("objectiveId", "is required: the id of the objective the initiative serves");
        }
        return new Initiative(0, r.objectiveId(), r.name(), r.description(), r.owner(), r.start(), r.end(), r.budget(),
                r.percentComplete(), r.status(), version);
    }
}
