package com.clinicnetwork.servicedefaults.apidocs;

import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;

/**
 * The problem answers many operations share, each declared once under {@code components/responses} and referred to
 * by every operation it can happen to (see {@link PlatformDocument} for which). An operation's own answers, such as a
 * 409 for a taken slot, are declared on its method.
 */
enum CommonProblem {

    BAD_REQUEST(400, "BadRequest", ProblemTypes.VALIDATION, "Invalid request",
            "A parameter, header or body field breaks its rules (`errors` names each), or the body is not JSON of the "
                    + "expected shape (`malformed-request`).",
            "One or more fields are invalid.", null),
    UNAUTHORIZED(401, "Unauthorized", ProblemTypes.UNAUTHENTICATED, "Authentication required",
            "No valid bearer token: missing, expired, not signed by the platform's identity provider or not issued "
                    + "for the platform (`aud`).",
            "A valid bearer token is required.", "WWW-Authenticate"),
    FORBIDDEN(403, "Forbidden", ProblemTypes.FORBIDDEN, "Access denied",
            "The caller's roles, or their relation to the object, do not allow this; also a browser request from an "
                    + "origin the gateway does not allow (`cors-rejected`).",
            "Your role does not allow this operation.", null),
    NOT_FOUND(404, "NotFound", ProblemTypes.NOT_FOUND, "Not found",
            "No such object, or one the caller may not know exists (its existence is private too).",
            "Appointment 6f1c1d52-6d8e-4c34-a1f0-6a8c1f4b2e10 does not exist or is not visible to you.", null),
    PRECONDITION_FAILED(412, "PreconditionFailed", ETags.STALE_VERSION, "Stale version",
            "`If-Match` names a version that is no longer the current one: read the object again and retry.",
            "The appointment was changed by someone else since you read it. Read it again and retry.", null),
    CONTENT_TOO_LARGE(413, "ContentTooLarge", "payload-too-large", "Request body too large",
            "The body is larger than the gateway accepts (1 MB unless configured otherwise).",
            "The request body exceeds the limit.", null),
    UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType", ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
            "The body is not sent as `application/json`.",
            "Send the request body as application/json.", null),
    IDEMPOTENCY_KEY_REUSED(422, "IdempotencyKeyReused", "idempotency-key-reused", "Idempotency key reused",
            "The `Idempotency-Key` was already used by this caller for a different request.",
            "This Idempotency-Key was already used for a different request. Use a new key for a new request.", null),
    TOO_MANY_REQUESTS(429, "TooManyRequests", "rate-limited", "Too many requests",
            "The gateway's rate limit per user or per client address is exhausted; retry after `Retry-After` seconds.",
            "Too many requests. Retry later.", "Retry-After"),
    SERVICE_UNAVAILABLE(503, "ServiceUnavailable", ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
            "The service behind the gateway, or its database, is not available right now; retry after `Retry-After` "
                    + "seconds.",
            "The request could not be completed now. Retry it shortly.", "Retry-After"),
    GATEWAY_TIMEOUT(504, "GatewayTimeout", "service-timeout", "Service timeout",
            "The service behind the gateway did not answer in time. A change may or may not have happened: repeat a "
                    + "creating request with the same `Idempotency-Key`, read before repeating any other change.",
            "The service did not answer in time.", null);

    final int status;
    final String component;
    final String slug;
    final String title;
    final String description;
    final String exampleDetail;
    /** A header the answer carries, or null. */
    final String header;

    CommonProblem(int status, String component, String slug, String title, String description, String exampleDetail,
            String header) {
        this.status = status;
        this.component = component;
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.exampleDetail = exampleDetail;
        this.header = header;
    }

    String code() {
        return Integer.toString(status);
    }

    String ref() {
        return "#/components/responses/" + component;
    }
}
