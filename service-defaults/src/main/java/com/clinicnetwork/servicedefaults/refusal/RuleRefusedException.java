package com.clinicnetwork.servicedefaults.refusal;

/**
 * The request is well formed and fits the current state, but a business rule refuses it (a wrong or expired code).
 * {@code code} is the stable problem type a front end switches on.
 */
public final class RuleRefusedException extends Refusal {

    private final String code;
    private final String title;

    public RuleRefusedException(String code, String title, String detail) {
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
