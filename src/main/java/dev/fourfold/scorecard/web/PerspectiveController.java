package dev.fourfold.scorecard.web;

import dev.fourfold.scorecard.Perspective;
import dev.fourfold.scorecard.PerspectiveService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
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
@RequestMapping("/api/v1/perspectives")
@Tag(name = "Perspectives", description = "Lenses on a scorecard's strategy")
class PerspectiveController {

    private final PerspectiveService perspectives;

    PerspectiveController(PerspectiveService perspectives) {
        this.perspectives = perspectives;
    }

    record PerspectiveRequest(Long scorecardId, String name, Integer position, BigDecimal weight, String rollup, Long version) {
    }

    @GetMapping
    @Operation(operationId = "listPerspectives", summary = "List perspectives in order, optionally of one scorecard")
    PageResponse<Perspective> list(@RequestParam(required = false) Long scorecardId, PageRequest page, Actor actor) {
        return perspectives.list(scorecardId, page, actor);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPerspective", summary = "Get one perspective")
    Perspective get(@PathVariable long id, Actor actor) {
        return perspectives.get(id, actor);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createPerspective", summary = "Add a perspective to a scorecard")
    Perspective create(@RequestBody PerspectiveRequest r, Actor actor) {
        if (r.scorecardId() == null) {
            throw new InvalidInputException("scorecardId", "is required: the id of the scorecard the perspective belongs to");
        }
        return perspectives.create(r.scorecardId(), r.name(), r.position(), r.weight(), r.rollup(), actor);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updatePerspective", summary = "Rename, reorder or reweigh a perspective")
    Perspective update(@PathVariable long id, @RequestBody PerspectiveRequest r, Actor actor) {
        return perspectives.update(id, r.name(), r.position(), r.weight(), r.rollup(), Versions.required(r.version()), actor);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deletePerspective",
            summary = "Delete a perspective without objectives (409 names the objectives left)")
    void delete(@PathVariable long id, @RequestParam(required = false) Long version, Actor actor) {
        perspectives.delete(id, version, actor);
    }
}
