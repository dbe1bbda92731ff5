package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.spreadsheet.Downloads;
import dev.fourfold.spreadsheet.Spreadsheets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scorecard at a period and view as a file for a spreadsheet or a BI tool, from the dashboard's "Export" links:
 * CSV, .xlsx or the API's JSON tree. Only a reader of the scorecard gets it, and a locked period gives its frozen
 * numbers, as on the dashboard.
 */
@Controller
class ScorecardExportController {

    static final MediaType XLSX = MediaType.parseMediaType(Downloads.XLSX);
    private static final List<String> FORMATS = List.of("csv", "xlsx", "json");

    private final EvaluationService evaluations;
    private final EvaluationTrees trees;
    private final JsonMapper json;

    ScorecardExportController(EvaluationService evaluations, EvaluationTrees trees, JsonMapper json) {
        this.evaluations = evaluations;
        this.trees = trees;
        this.json = json;
    }

    @GetMapping("/scorecards/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) @Nullable String period,
                                  @RequestParam(required = false) @Nullable String view, Actor actor) {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(kind)) {
            throw new InvalidInputException("format", "'" + format + "' is not a format: expected csv, xlsx or json");
        }
        EvaluationService.Prepared prepared = evaluations.prepare(id, period, view, actor);
        EvaluationResponses.ScorecardNode tree = trees.evaluate(prepared, trees.check(prepared), false);
        String name = "scorecard-" + id + "-" + tree.period() + "-" + tree.view() + "." + kind;
        if (kind.equals("json")) {
            return Downloads.of(name, MediaType.APPLICATION_JSON, json.writeValueAsBytes(tree));
        }
        ScorecardTable table = ScorecardTable.of(tree);
        return Downloads.of(name, kind.equals("xlsx"), kind.equals("xlsx") ? xlsx(table)
                : Spreadsheets.csv(ScorecardTable.HEADER, rows(table)));
    }

    private static List<List<@Nullable Object>> rows(ScorecardTable table) {
        return table.rows().stream().map(table::cells).toList();
    }

    private static byte[] xlsx(ScorecardTable table) {
        List<String> header = ScorecardTable.HEADER;
        List<Integer> withUnit = List.of(header.indexOf("actual"), header.indexOf("target"), header.indexOf("budget"),
                header.indexOf("stretch"), header.indexOf("prior_year"));
        return Spreadsheets.xlsx(table.scorecard() + " " + table.period(), header, rows(table),
                header.indexOf("status"), table.rows().stream().map(ScorecardTable.Row::unit).toList(), withUnit);
    }
}
