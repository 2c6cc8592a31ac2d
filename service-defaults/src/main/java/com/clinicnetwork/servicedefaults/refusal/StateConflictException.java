package com.clinicnetwork.servicedefaults.refusal;

/**
 * The command does not fit the current state of what it acts on (already answered, erased, registered twice);
 * retrying it unchanged will not help. {@code code} is the stable problem type a front end switches on.
 */
public final class StateConflictException extends Refusal {

    private final String code;
    private final String title;

    public StateConflictException(String code, String title, String detail) {
        super(detail);
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
