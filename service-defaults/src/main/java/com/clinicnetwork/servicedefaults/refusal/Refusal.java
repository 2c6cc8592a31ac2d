package com.clinicnetwork.servicedefaults.refusal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Why an application service refused a command or a read, in the domain's words. Application services throw these
 * and never pick an HTTP status; the web layer ({@code ProblemHandlers}) answers each kind with its problem response.
 * A refusal is an expected outcome, so it carries no stack trace.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotFoundException, NotPermittedException, InvalidValueException, StateConflictException,
        RuleRefusedException {

    /** RFC 9457's own members: a detail with one of these names would overwrite it in the problem body. */
    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    private final Map<String, Object> details = new LinkedHashMap<>();

    protected Refusal(String message) {
        super(message, null, false, false);
    }

    /**
     * Adds a named fact the caller can act on, e.g. the conflicting slot; it becomes an extension member of the
     * problem body.
     *
     * @throws IllegalArgumentException for a name RFC 9457 reserves, such as {@code status}
     */
    public Refusal with(String name, Object value) {
        if (STANDARD_MEMBERS.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a standard problem member, not a detail");
        }
        details.put(name, value);
        return this;
    }

    public Map<String, Object> details() {
        return Collections.unmodifiableMap(details);
    }
}
