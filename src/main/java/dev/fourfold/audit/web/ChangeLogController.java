package dev.fourfold.audit.web;

import dev.fourfold.audit.ChangeEntry;
import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/changes")
@Tag(name = "Change log", description = "Who changed what, when, old value to new; newest first")
class ChangeLogController {

    private final ChangeLog changeLog;
    private final Access access;

    ChangeLogController(ChangeLog changeLog, Access access) {
        this.changeLog = changeLog;
        this.access = access;
    }

    @GetMapping
    @Operation(operationId = "listChanges",
            summary = "The audit trail: changes by entity (kpi, actual, target, objective, ...), entity id, scorecard, "
            + "actor and time range; administrators see every change, others the changes of the scorecards they may read")
    PageResponse<ChangeEntry> list(@RequestParam(required = false) String entity, @RequestParam(required = false) Long entityId,
                                   @RequestParam(required = false) Long scorecardId,
                                   @RequestParam(name = "actor", required = false) String by,
                                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   PageRequest page, Actor actor) {
        if (scorecardId != null) {
            access.requireRead(actor, scorecardId);
        }
        return changeLog.find(new ChangeLog.Filter(entity, entityId, by, instant("from", from), instant("to", to),
                scorecardId, access.readableScorecards(actor)), page);
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a time: expected ISO-8601 UTC such as 2026-03-31T00:00:00Z");
        }
    }
}
