package dev.fourfold.importing.web;

import dev.fourfold.importing.values.ValueTemplates;
import dev.fourfold.shared.Actor;
import dev.fourfold.spreadsheet.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A scorecard's template to fill in a spreadsheet: of values for a reader of the scorecard, of targets for its owners
 * (see ValueTemplates).
 */
@Controller
class ValueTemplateController {

    private final ValueTemplates templates;

    ValueTemplateController(ValueTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/scorecards/{id}/template")
    ResponseEntity<byte[]> template(@PathVariable long id, @RequestParam(defaultValue = "long") String layout,
                                    @RequestParam(defaultValue = "xlsx") String format,
                                    @RequestParam(defaultValue = "actual") String kind, Actor actor) {
        ValueTemplates.Template template = templates.of(id, kind, layout, format, actor);
        return Downloads.of(template.fileName(), template.xlsx(), template.bytes());
    }
}
