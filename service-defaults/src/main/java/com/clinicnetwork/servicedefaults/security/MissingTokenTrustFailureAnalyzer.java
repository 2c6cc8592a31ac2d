package com.clinicnetwork.servicedefaults.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing issuer or audience into Spring Boot's "APPLICATION FAILED TO START" report with one line
 * saying which variables to set, instead of a bean-creation stack trace.
 */
class MissingTokenTrustFailureAnalyzer extends AbstractFailureAnalyzer<MissingTokenTrustException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingTokenTrustException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set JWT_ISSUER_URI (the identity provider's issuer, as in the tokens' iss claim), JWT_JWK_SET_URI "
                        + "(its public keys) and JWT_AUDIENCE (this platform's audience, e.g. clinic-platform). "
                        + "The local launcher (./run-local.sh) sets them for the local run.",
                cause);
    }
}
