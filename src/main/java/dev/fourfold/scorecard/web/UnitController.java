package dev.fourfold.scorecard.web;

import dev.fourfold.scorecard.OrgUnit;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@RequestMapping("/api/v1/units")
@Tag(name = "Organisation units", description = "The company tree")
class UnitController {

    private final UnitService units;

    UnitController(UnitService units) {
        this.units = units;
    }

    record UnitRequest(Long parentId, String name, Long version) {
    }

    @GetMapping
    @Operation(operationId = "listUnits", summary = "List units, optionally the children of one parent")
    PageResponse<OrgUnit> list(@RequestParam(required = false) Long parentId, PageRequest page, Actor actor) {
        return units.list(parentId, page, actor);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getUnit", summary = "Get one organisation unit")
    OrgUnit get(@PathVariable long id, Actor actor) {
        return units.get(id, actor);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createUnit", summary = "Create an organisation unit under a parent (administrators)")
    OrgUnit create(@RequestBody UnitRequest request, Actor actor) {
        return units.create(request.parentId(), request.name(), actor);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateUnit",
            summary = "Rename or move a unit, sending the version you read (409 if it changed since)")
    OrgUnit update(@PathVariable long id, @RequestBody UnitRequest request, Actor actor) {
        return units.update(id, request.parentId(), request.name(), Versions.required(request.version()), actor);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteUnit",
            summary = "Delete a unit without child units or scorecards (409 names what is left)")
    void delete(@PathVariable long id, @RequestParam(required = false) Long version, Actor actor) {
        units.delete(id, version, actor);
    }
}
