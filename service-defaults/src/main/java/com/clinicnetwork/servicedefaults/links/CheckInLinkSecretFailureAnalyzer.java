package com.clinicnetwork.servicedefaults.links;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing or short check-in link secret into Spring Boot's "APPLICATION FAILED TO START" report saying
 * what to set, instead of a bean-creation stack trace. The secret itself is never part of the report.
 */
class CheckInLinkSecretFailureAnalyzer extends AbstractFailureAnalyzer<CheckInLinkSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CheckInLinkSecretException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + CheckInLinks.SECRET_VARIABLE + " (" + CheckInLinks.SECRET_PROPERTY + ") to a random secret of at least "
                        + CheckInLinks.MIN_SECRET_BYTES + " bytes, the same for booking-service and notification-service, "
                        + "e.g. the output of: openssl rand -base64 32. The local launcher (./run-local.sh) makes one "
                        + "and keeps it in its data folder.",
                cause);
    }
}
