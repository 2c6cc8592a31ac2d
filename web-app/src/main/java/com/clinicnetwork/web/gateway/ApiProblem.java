package com.clinicnetwork.web.gateway;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem the gateway or a service answered with: the stable {@code type} decides what the person
 * is told (see {@link ProblemMessages}); {@code properties} holds the extension members (e.g. {@code limit},
 * {@code currentStatus}, {@code unavailable}).
 */
public record ApiProblem(int status, String type, String title, String detail, List<FieldError> errors,
        Map<String, Object> properties) {

    /** A rejected field as the services name it, e.g. {@code startsAt} or {@code quietHours.start}. */
    public record FieldError(String field, String message) {
    }

    /** The last path segment of the type URI, e.g. {@code slot-taken}; {@code about:blank} and none give "". */
    public String slug() {
        if (type == null || type.isBlank() || "about:blank".equals(type)) {
            return "";
        }
        String trimmed = type.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    public Object property(String name) {
        return properties.get(name);
    }

    /** A time the problem names (e.g. {@code notBefore}, or {@code startsAt} inside {@code unavailable}); null when absent or not a time. */
    public static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
