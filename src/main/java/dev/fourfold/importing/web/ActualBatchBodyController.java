package dev.fourfold.importing.web;

import dev.fourfold.measurement.ActualService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/actuals/batch} with an NDJSON or CSV body (the content type decides; JSON is answered by the
 * value module's own controller): the same batch, all or nothing, with every problem named by line or row.
 */
@RestController
@Tag(name = "Actual values", description = "Measurements per KPI and period, with history")
class ActualBatchBodyController {

    static final String NDJSON = "application/x-ndjson";

    private final ActualService actuals;
    private final ActualBatchBodies bodies;

    ActualBatchBodyController(ActualService actuals, JsonMapper json) {
        this.actuals = actuals;
        this.bodies = new ActualBatchBodies(json);
    }

    @PostMapping(path = "/api/v1/actuals/batch", consumes = {NDJSON, "text/csv"})
    @Operation(operationId = "recordActualBatch",
            summary = "Record many values atomically: all are written, or none and every rejected item is listed",
            description = "The body is JSON ({\"items\": [...]}), NDJSON (application/x-ndjson: one item per line) or "
                    + "CSV (text/csv: the header kpi_code,period,value[,comment], delimiter and decimal comma detected, "
                    + "or kpi_code and a column per period); every problem names its item, line or row.")
    BatchResult batch(@RequestBody byte[] body, @Parameter(hidden = true) @RequestHeader("Content-Type") String type,
                      Actor actor) {
        ActualBatchBodies.Read read = type.toLowerCase(java.util.Locale.ROOT).startsWith(NDJSON) ? bodies.ndjson(body)
                : bodies.csv(body);
        if (read.items().isEmpty()) {
            throw new InvalidInputException("body", "has no values: give a value per line (NDJSON) or a header and a "
                    + "row per value (CSV)");
        }
        try {
            return actuals.recordAll(read.items(), actor);
        } catch (InvalidInputException e) {
            throw read.located(e);
        }
    }
}
