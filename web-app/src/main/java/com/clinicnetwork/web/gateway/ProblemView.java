package com.clinicnetwork.web.gateway;

import java.util.List;

/** A problem as a page shows it (fragment {@code layout :: problem}): one sentence and the rejected fields. */
public record ProblemView(int status, String slug, String message, List<FieldMessage> fields) {

    /** @param label the form's label for the field, in the page's language; {@code text} as the API said it */
    public record FieldMessage(String field, String label, String text) {
    }

    public boolean hasFieldError(String field) {
        return fields.stream().anyMatch(error -> error.field().equals(field));
    }
}
