package dev.fourfold.evaluation.web;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.spreadsheet.Downloads;
import dev.fourfold.spreadsheet.Spreadsheets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The BI feed as JSON or CSV: flat facts for Power BI, Excel, Tableau, Metabase or a warehouse, pulled by pages. */
@RestController
@Tag(name = "BI feed", description = "Flat facts of every readable KPI, period and view, for BI tools and warehouses")
class FactController {

    private final FactFeed feed;

    FactController(FactFeed feed) {
        this.feed = feed;
    }

    /** A page of the feed as JSON: the facts, when the pull began, and where the next page starts. */
    record FactPage(List<FactRow> items, int size, Instant asOf, @Nullable String nextCursor, @Nullable String next) {
    }

    @GetMapping("/api/v1/facts")
    @Operation(operationId = "listFacts",
            summary = "The BI feed: one row per KPI, native period and view (actual, target, score, status, "
            + "completeness and when its inputs last changed) of the scorecards the caller may read, paged by a "
            + "cursor; changedSince gives only the facts updated after an instant; JSON or CSV")
    @ApiResponse(responseCode = "200", description = "A page of facts, in the order scorecard, period, view, KPI; "
            + "the last page has no next",
            headers = @Header(name = "Link", description = "<…&cursor=…>; rel=\"next\" while another page follows",
                    schema = @Schema(type = "string")),
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = FactPage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                            description = "UTF-8 with a byte-order mark, a header row, decimal points"))})
    ResponseEntity<?> facts(
            @Parameter(description = "Only the scorecards of this unit") @RequestParam(required = false) @Nullable Long unitId,
            @Parameter(description = "Only this scorecard") @RequestParam(required = false) @Nullable Long scorecardId,
            @Parameter(description = "First period of the range (2025, 2026-Q1, 2026-03, 2026-W11, 2026-03-15); "
                    + "default: the previous fiscal year") @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Last period of the range; default: the fiscal year of the last full month; "
                    + "at most ten years from the start of from") @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "period, ytd or year; default: all three")
            @RequestParam(required = false) @Nullable String view,
            @Parameter(description = "Only facts updated after this instant (ISO-8601, e.g. the asOf of the "
                    + "previous pull)") @RequestParam(required = false) @Nullable String changedSince,
            @Parameter(description = "Facts per page", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "" + FactQuery.MAX_SIZE, defaultValue = "" + FactQuery.DEFAULT_SIZE))
            @RequestParam(defaultValue = "" + FactQuery.DEFAULT_SIZE) int size,
            @Parameter(description = "Where to continue: the nextCursor of the previous page")
            @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "json or csv; default: as the Accept header asks (text/csv), else json")
            @RequestParam(required = false) @Nullable String format,
            Actor actor, HttpServletRequest request) {
        boolean csv = csv(format, request.getHeader(HttpHeaders.ACCEPT));
        FactFeed.Page page = feed.page(FactQuery.of(unitId, scorecardId, from, to, view, changedSince, size, cursor),
                actor);
        String nextCursor = page.next() == null ? null : page.next().encode();
        String next = nextCursor == null ? null : UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString()).replaceQueryParam("cursor", nextCursor).build().toUriString();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (next != null) {
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        if (csv) {
            return answer.contentType(Downloads.CSV_TYPE)
                    .body(Spreadsheets.csv(FactRow.HEADER, page.items().stream().map(FactRow::cells).toList()));
        }
        return answer.contentType(MediaType.APPLICATION_JSON)
                .body(new FactPage(page.items(), page.items().size(), page.asOf(), nextCursor, next));
    }

    private static boolean csv(@Nullable String format, @Nullable String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidInputException("format", "'" + format + "' is not a format of the feed; "
                        + "expected csv or json");
            };
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
    }
}
