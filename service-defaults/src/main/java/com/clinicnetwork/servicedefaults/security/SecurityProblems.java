package com.clinicnetwork.servicedefaults.security;

import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The platform's 401 and 403 problems, one wording for the services, the gateway and the operator console, so a
 * front end sees the same refusal whichever of them refused.
 */
public final class SecurityProblems {

    private SecurityProblems() {
    }

    /** No token, or one that is not valid (signature, issuer, audience, expiry, malformed platform claims). */
    public static ProblemDetail authenticationRequired() {
        return ProblemTypes.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Authentication required",
                "A valid bearer token is required.");
    }

    /** A valid token whose roles do not open what was asked; {@code detail} says what was refused. */
    public static ProblemDetail accessDenied(String detail) {
        return ProblemTypes.problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Access denied", detail);
    }
}
