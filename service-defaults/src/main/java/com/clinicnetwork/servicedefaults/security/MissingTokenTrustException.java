package com.clinicnetwork.servicedefaults.security;

import java.util.List;

/** Start-up stops with this when the token issuer or the platform's audience is not configured. */
public class MissingTokenTrustException extends IllegalStateException {

    private final List<String> missingVariables;

    public MissingTokenTrustException(List<String> missingVariables) {
        super("Token validation is not configured: " + String.join(", ", missingVariables)
                + (missingVariables.size() == 1 ? " is" : " are") + " not set; refusing to start without a trusted issuer and audience");
        this.missingVariables = List.copyOf(missingVariables);
    }

    public List<String> missingVariables() {
        return missingVariables;
    }
}
