package com.clinicnetwork.servicedefaults.refusal;

/**
 * A value the caller sent is wrong in a way only the service can tell (an unknown reference, a range the rules do not
 * allow), named by its field so a form can show it next to the input.
 */
public final class InvalidValueException extends Refusal {

    private final String field;
    private final String problem;

    /** @param problem what is wrong with the field, e.g. {@code must be after from} */
    public InvalidValueException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
