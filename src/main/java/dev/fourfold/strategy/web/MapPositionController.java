package dev.fourfold.strategy.web;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.strategy.MapPosition;
import dev.fourfold.strategy.ObjectivePositions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Where the strategy map's script saves a box its editor dropped: a form post of {@code objectiveId}, {@code x} and
 * {@code y} with the session's CSRF token as a header, answered 204. A reader who may not change the scorecard gets
 * 403 and one who may not read it 404, before the values are looked at; a value that is not a whole number within
 * the map gets 400 with a problem naming the field, never a server error.
 */
@Controller
class MapPositionController {

    private final ObjectivePositions positions;

    MapPositionController(ObjectivePositions positions) {
        this.positions = positions;
    }

    @PostMapping("/scorecards/{id}/map/positions")
    ResponseEntity<Void> save(@PathVariable long id, @RequestParam(required = false) @Nullable String objectiveId,
                              @RequestParam(required = false) @Nullable String x,
                              @RequestParam(required = false) @Nullable String y, Actor actor) {
        if (!positions.mayArrange(id, actor)) {
            positions.of(id, actor); // 404 for a scorecard the actor may not read, as if it did not exist
            throw new ForbiddenException("Only the scorecard's owners may arrange its strategy map.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        long objective = number("objectiveId", objectiveId, 1, Long.MAX_VALUE, problems);
        long across = number("x", x, 0, MapPosition.MAX_X, problems);
        long down = number("y", y, 0, MapPosition.MAX_Y, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        positions.save(id, new MapPosition(objective, (int) across, (int) down), actor);
        return ResponseEntity.noContent().build();
    }

    /** A whole number within [low, high]; a position may come with decimals from the browser, rounded here. */
    private static long number(String field, @Nullable String text, long low, long high, List<FieldProblem> problems) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.trim());
            if (Double.isFinite(v) && v >= low && v <= high) {
                return Math.round(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "expected a number from " + low + " to " + high + ", got "
                + (text == null ? "nothing" : "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'")));
        return 0;
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseBody
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The position was not saved.");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseBody
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }
}
