package com.clinicnetwork.therapist;

/**
 * Input that breaks a directory rule (an unknown id, an invalid time zone, overlapping hours...).
 * Domain code throws it without knowing about HTTP; the web layer answers it as a 400 naming the field.
 *
 * @see com.clinicnetwork.therapist.web.RuleViolationHandler
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field the violation is about, e.g. {@code workingHours[2].endsAt}. */
    public String field() {
        return field;
    }
}
