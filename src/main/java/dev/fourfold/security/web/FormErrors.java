package dev.fourfold.security.web;

import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The problems of a submitted form by input name, so that each shows next to its field. Problems of fields the form
 * has no input for are collected under {@value #FORM}, shown above the form.
 */
final class FormErrors {

    static final String FORM = "form";

    private FormErrors() {
    }

    static Map<String, String> of(InvalidInputException e, Set<String> inputs) {
        return of(e, inputs, Map.of());
    }

    /** As {@link #of(InvalidInputException, Set)}, with service field names renamed to input names. */
    static Map<String, String> of(InvalidInputException e, Set<String> inputs, Map<String, String> renamed) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            String field = renamed.getOrDefault(p.field(), p.field());
            String key = inputs.contains(field) ? field : FORM;
            errors.merge(key, capitalised(p.message()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    static String capitalised(String message) {
        if (message == null || message.isEmpty()) {
            return "Invalid.";
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
