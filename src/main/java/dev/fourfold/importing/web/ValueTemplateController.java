package dev.fourfold.importing.web;

import dev.fourfold.importing.values.ValueTemplates;
import dev.fourfold.shared.Actor;
import dev.fourfold.spreadsheet.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A scorecard's template of values to fill in a spreadsheet, for a reader of the scorecard (see ValueTemplates). */
@Controller
class ValueTemplateController {

    private final ValueTemplates templates;

    ValueTemplateController(ValueTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/scorecards/{id}/template")
    ResponseEntity<byte[]> template(@PathVariable long id, @RequestParam(defaultValue = "long") String layout,
                                    @RequestParam(defaultValue = "xlsx") String format, Actor actor) {
        ValueTemplates.Layout l = ValueTemplates.choice(ValueTemplates.Layout.class, "layout", layout);
        ValueTemplates.Format f = ValueTemplates.choice(ValueTemplates.Format.class, "format", format);
        ValueTemplates.Template template = templates.of(id, l, f, actor);
        return Downloads.of(template.fileName(), f == ValueTemplates.Format.XLSX, template.bytes());
    }
}
