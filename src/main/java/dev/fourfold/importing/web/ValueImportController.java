package dev.fourfold.importing.web;

import dev.fourfold.importing.values.ValueImport;
import dev.fourfold.importing.values.ValueImports;
import dev.fourfold.importing.values.ValueTemplates;
import dev.fourfold.shared.Actor;
import dev.fourfold.spreadsheet.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of files of actual values over the API: upload for a preview, read it again, commit it; and the
 * templates to fill in. The same flow as the import page (see {@link ValueImports}).
 */
@RestController
@Tag(name = "Imports", description = "Files of actual values (CSV or .xlsx, long or wide layout): preview, then commit")
class ValueImportController {

    private final ValueImports imports;
    private final ValueTemplates templates;

    ValueImportController(ValueImports imports, ValueTemplates templates) {
        this.imports = imports;
        this.templates = templates;
    }

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "previewValueImport", summary = "Upload a file of actual values (multipart field file, "
            + "CSV or .xlsx; kind=target for targets, budgets and stretch targets): it is read and checked, nothing is "
            + "written; the answer counts the values it would create, change and leave, and names every refused row "
            + "with its row and column")
    ResponseEntity<ValueImport> preview(@RequestParam("file") MultipartFile file,
                                        @RequestParam(defaultValue = "actual") String kind, Actor actor) {
        ValueImport preview = Uploads.withFile(file, source -> imports.preview(file.getOriginalFilename(), kind, source,
                actor));
        return ResponseEntity.created(URI.create("/api/v1/imports/" + preview.id())).body(preview);
    }

    @PostMapping(path = "/api/v1/imports", consumes = {"text/csv", "text/plain", "application/octet-stream",
            Downloads.XLSX})
    @Operation(operationId = "previewValueImport", summary = "Upload a file of actual values (multipart field file, "
            + "CSV or .xlsx; kind=target for targets, budgets and stretch targets): it is read and checked, nothing is "
            + "written; the answer counts the values it would create, change and leave, and names every refused row "
            + "with its row and column")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the file as it is", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<ValueImport> previewBody(InputStream body, @RequestParam(defaultValue = "upload") String name,
                                            @RequestParam(defaultValue = "actual") String kind, Actor actor) {
        ValueImport preview = Uploads.withFile(body, source -> imports.preview(name, kind, source, actor));
        return ResponseEntity.created(URI.create("/api/v1/imports/" + preview.id())).body(preview);
    }

    @GetMapping("/api/v1/imports")
    @Operation(operationId = "listValueImports", summary = "The newest imports of files of values: your own, or "
            + "everyone's for an administrator")
    List<ValueImport> list(@RequestParam(defaultValue = "50") int limit, Actor actor) {
        return imports.history(actor, limit);
    }

    @GetMapping("/api/v1/imports/{id}")
    @Operation(operationId = "getValueImport", summary = "An import of a file of values: its preview, or what its "
            + "commit changed")
    ValueImport get(@PathVariable long id, Actor actor) {
        return imports.get(id, actor);
    }

    @PostMapping("/api/v1/imports/{id}/commit")
    @Operation(operationId = "commitValueImport", summary = "Record the values of a previewed file without problems "
            + "in one atomic batch (source import); a file whose values are stored already changes nothing")
    ValueImport commit(@PathVariable long id, Actor actor) {
        return imports.commit(id, actor);
    }

    @GetMapping("/api/v1/scorecards/{id}/import-template")
    @Operation(operationId = "getValueImportTemplate", summary = "A template to fill in a spreadsheet: of actual values "
            + "(kind=actual: the KPIs you enter and their open periods) or of targets (kind=target, scorecard owners: "
            + "every KPI, the current and next fiscal year, the stored figures filled in), in the long (a row per value) "
            + "or wide (a column per period) layout, as CSV or .xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id, @RequestParam(defaultValue = "long") String layout,
                                    @RequestParam(defaultValue = "csv") String format,
                                    @RequestParam(defaultValue = "actual") String kind, Actor actor) {
        ValueTemplates.Template t = templates.of(id, kind, layout, format, actor);
        return Downloads.of(t.fileName(), t.xlsx(), t.bytes());
    }

}
