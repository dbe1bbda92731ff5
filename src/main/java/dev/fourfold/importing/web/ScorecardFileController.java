package dev.fourfold.importing.web;

import dev.fourfold.importing.ImportSummary;
import dev.fourfold.importing.ScorecardExport;
import dev.fourfold.importing.ScorecardFileService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports a scorecard file (YAML body or multipart upload) and exports a scorecard as one. */
@RestController
@Tag(name = "Scorecard files", description = "Scorecard-as-code: import and export scorecards as YAML files")
class ScorecardFileController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final ScorecardFileService files;

    ScorecardFileController(ScorecardFileService files) {
        this.files = files;
    }

    /** Creates or updates the scorecard the file describes; with {@code dryRun} only reports what would change. */
    @PostMapping(path = "/api/v1/scorecards/import", consumes = {"application/yaml", "application/x-yaml", "text/yaml",
            "text/plain"})
    @Operation(operationId = "importScorecardFile",
            summary = "Import a scorecard file (a YAML body or a multipart upload named file): create or update "
            + "the scorecard it describes; with dryRun only report what would change")
    ImportSummary importText(@RequestBody String text, @RequestParam(defaultValue = "false") boolean dryRun,
                             Actor actor) {
        return files.importFile(text, dryRun, actor.via(ChangeSource.IMPORT));
    }

    @PostMapping(path = "/api/v1/scorecards/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importScorecardFile",
            summary = "Import a scorecard file (a YAML body or a multipart upload named file): create or update "
            + "the scorecard it describes; with dryRun only report what would change")
    ImportSummary importUpload(@RequestParam("file") MultipartFile file,
                               @RequestParam(defaultValue = "false") boolean dryRun, Actor actor) {
        String text;
        try {
            text = new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("file", "could not be read: " + e.getMessage());
        }
        return files.importFile(text, dryRun, actor.via(ChangeSource.IMPORT));
    }

    /** The scorecard as a file, for download. */
    @GetMapping(path = "/api/v1/scorecards/{id}/export", produces = {"application/yaml", "text/yaml", "text/plain", "*/*"})
    @Operation(operationId = "exportScorecardFile", summary = "Download a scorecard as a scorecard file (YAML)")
    ResponseEntity<String> export(@PathVariable long id, Actor actor) {
        return download(id, actor);
    }

    /** The same file for a signed-in browser, linked from the scorecard page (the API answers sessions with 401). */
    @GetMapping("/scorecards/{id}/file")
    @Hidden
    ResponseEntity<String> exportForPage(@PathVariable long id, Actor actor) {
        return download(id, actor);
    }

    private ResponseEntity<String> download(long id, Actor actor) {
        ScorecardExport.Exported exported = files.export(id, actor);
        return ResponseEntity.ok()
                .contentType(new MediaType(YAML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(exported.fileName()).build().toString())
                .body(exported.text());
    }
}
