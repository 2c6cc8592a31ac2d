package com.clinicnetwork.servicedefaults.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A failure the caller can act on, answered as a problem response with a stable type. */
public class ApiProblemException extends RuntimeException {

    /** RFC 9457's own members: an extension with one of these names would overwrite it in the JSON body. */
    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblemException(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ApiProblemException notFound(String what, Object id) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, what + " not found",
                what + " " + id + " does not exist or is not visible to you.");
    }

    public static ApiProblemException invalidField(String field, String message) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request", field + ": " + message)
                .with("errors", List.of(new FieldProblem(field, message)));
    }

    /**
     * Adds an extension member to the problem body, e.g. the conflicting slot.
     *
     * @throws IllegalArgumentException for a name RFC 9457 reserves, such as {@code status}
     */
    public ApiProblemException with(String name, Object value) {
        if (STANDARD_MEMBERS.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a standard problem member, not an extension");
        }
        properties.put(name, value);
        return this;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemTypes.problem(status, slug, title, getMessage());
        properties.forEach(problem::setProperty);
        return problem;
    }

    public HttpStatus status() {
        return status;
    }
}
