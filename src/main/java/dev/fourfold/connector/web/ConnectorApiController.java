package dev.fourfold.connector.web;

import dev.fourfold.connector.Connector;
import dev.fourfold.connector.ConnectorDraft;
import dev.fourfold.connector.ConnectorRun;
import dev.fourfold.connector.ConnectorTest;
import dev.fourfold.connector.Connectors;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The SQL connectors over the API, for administrators: define, test, run now, and read the runs. */
@RestController
@RequestMapping("/api/v1/connectors")
@Tag(name = "Connectors", description = "SQL connectors that read actual values from external databases on a schedule "
        + "(administrators only)")
class ConnectorApiController {

    private static final String FORBIDDEN = "#/components/responses/Forbidden";

    private final Connectors connectors;

    ConnectorApiController(Connectors connectors) {
        this.connectors = connectors;
    }

    @GetMapping
    @Operation(operationId = "listConnectors", summary = "The SQL connectors, without their passwords")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = FORBIDDEN)
    List<Connector> list(Actor actor) {
        return connectors.list(actor);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getConnector", summary = "A SQL connector with its queries, without its password")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = FORBIDDEN)
    Connector get(@PathVariable long id, Actor actor) {
        return connectors.get(id, actor);
    }

    @PostMapping
    @Operation(operationId = "createConnector", summary = "Define a SQL connector: an allowed JDBC URL, an account, its "
            + "password from an environment variable (passwordEnv) or stored encrypted (password), a cron schedule, "
            + "and queries per KPI and/or one query for many KPIs")
    ResponseEntity<Connector> create(@RequestBody ConnectorDraft draft, Actor actor) {
        Connector created = connectors.create(draft, actor);
        return ResponseEntity.created(URI.create("/api/v1/connectors/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateConnector", summary = "Change a SQL connector; an empty password keeps the stored "
            + "one")
    Connector update(@PathVariable long id, @RequestBody ConnectorDraft draft, Actor actor) {
        return connectors.update(id, draft, actor);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteConnector", summary = "Remove a SQL connector and its run history (the values it "
            + "recorded stay)")
    ResponseEntity<Void> delete(@PathVariable long id, Actor actor) {
        connectors.delete(id, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/test")
    @Operation(operationId = "testConnector", summary = "Run the connector's queries without writing: the values a run "
            + "would record now, each new, changed or unchanged; any problem (bad SQL with the database's message, "
            + "not a number, several rows, unknown KPI code, no connection) answers 400 naming the query")
    ConnectorTest test(@PathVariable long id, Actor actor) {
        ConnectorTest test = connectors.test(id, actor);
        if (!test.problems().isEmpty()) {
            throw new InvalidInputException(test.problems());
        }
        return test;
    }

    @PostMapping("/{id}/run")
    @Operation(operationId = "runConnector", summary = "Run the connector now: its values are recorded in one atomic "
            + "batch with the source connector; the run (ok, or failed with its error and nothing written) is answered "
            + "and kept in the history")
    ConnectorRun run(@PathVariable long id, Actor actor) {
        return connectors.run(id, actor);
    }

    @GetMapping("/{id}/runs")
    @Operation(operationId = "listConnectorRuns", summary = "The newest runs of a connector: when, why (schedule or "
            + "manual), the counts of new, changed and unchanged values, and the error of a failed run")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = FORBIDDEN)
    List<ConnectorRun> runs(@PathVariable long id, @RequestParam(defaultValue = "50") int limit, Actor actor) {
        return connectors.runs(id, actor, limit);
    }
}
