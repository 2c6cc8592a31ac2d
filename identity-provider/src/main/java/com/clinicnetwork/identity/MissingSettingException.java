package com.clinicnetwork.identity;

/** Start-up stops with this when a setting the identity provider cannot guess is missing or unusable. */
public class MissingSettingException extends IllegalStateException {

    private final String action;

    public MissingSettingException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    /** What to set, named as the environment variable an operator would use. */
    public String action() {
        return action;
    }
}
