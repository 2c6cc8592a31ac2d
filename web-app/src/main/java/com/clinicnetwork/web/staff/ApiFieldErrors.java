package com.clinicnetwork.web.staff;

import com.clinicnetwork.web.gateway.ApiProblem;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.BindingResult;

/**
 * Puts the fields an API problem names on the form that sent them, so each is marked where the person typed it
 * ({@code aria-invalid} and its message), as the app's own checks are. The problem box keeps listing them too.
 */
public final class ApiFieldErrors {

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    private ApiFieldErrors() {
    }

    /**
     * @param toFormField the form's field for an API field name, or null for one the form does not have
     */
    public static void bind(ApiProblem problem, BindingResult form, UnaryOperator<String> toFormField) {
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? null : toFormField.apply(error.field());
            if (field != null && form.getFieldType(field) != null && !form.hasFieldErrors(field)) {
                form.rejectValue(field, "staff.api", error.message());
            }
        }
    }

    /** The same name: for forms whose fields are named as the API's. */
    public static String sameName(String apiField) {
        return apiField;
    }

    /** The parts of an indexed API field such as {@code workingHours[2].startsAt}, or null. */
    public static Indexed indexed(String apiField) {
        Matcher matcher = INDEXED.matcher(apiField);
        return matcher.matches() ? new Indexed(matcher.group(1), Integer.parseInt(matcher.group(2)), matcher.group(3)) : null;
    }

    public record Indexed(String list, int index, String field) {
    }
}
