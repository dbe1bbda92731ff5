package dev.fourfold.entry.web;

import dev.fourfold.entry.GridSaving;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The cells of a submitted grid. Each editable cell sends {@code v_<kpiId>_<period>} (what was typed),
 * {@code c_…} (its comment), and what the grid showed when loaded: {@code o_…} (the value as a plain decimal),
 * {@code oc_…} (the comment) and {@code ver_…} (the stored value's version, empty for an empty cell).
 */
final class EditForm {

    private EditForm() {
    }

    static List<GridSaving.Edit> edits(MultiValueMap<String, String> form) {
        List<GridSaving.Edit> edits = new ArrayList<>();
        for (String name : form.keySet()) {
            if (!name.startsWith("v_")) {
                continue;
            }
            String key = name.substring(2);
            int split = key.indexOf('_');
            if (split < 1) {
                continue;
            }
            try {
                long kpiId = Long.parseLong(key.substring(0, split));
                edits.add(new GridSaving.Edit(kpiId, key.substring(split + 1), first(form, name), first(form, "c_" + key),
                        first(form, "o_" + key), first(form, "oc_" + key), version(first(form, "ver_" + key))));
            } catch (NumberFormatException notACell) {
                // a field that no grid sends: ignored like any unknown field
            }
        }
        return edits;
    }

    /** What was typed per cell, so that a refused grid comes back as it was sent. */
    static Map<String, String> typed(MultiValueMap<String, String> form, String prefix) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(prefix) && !values.isEmpty()) {
                typed.put(name.substring(prefix.length()), values.get(0) == null ? "" : values.get(0));
            }
        });
        return typed;
    }

    private static String first(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v;
    }

    private static Long version(String text) {
        return text.isBlank() ? null : Long.parseLong(text.strip());
    }
}
