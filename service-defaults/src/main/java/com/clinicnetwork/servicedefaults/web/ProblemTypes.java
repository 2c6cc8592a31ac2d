package com.clinicnetwork.servicedefaults.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Stable RFC 9457 problem {@code type} URIs. Front ends switch on them, so an existing one is never
 * renamed; services add their own slugs through {@link #type(String)}.
 */
public final class ProblemTypes {

    private static final String BASE = "https://api.clinic-network.example/problems/";

    public static final String VALIDATION = "validation";
    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String CONFLICT = "conflict";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";
    public static final String INTERNAL = "internal";

    private ProblemTypes() {
    }

    public static URI type(String slug) {
        return URI.create(BASE + slug);
    }

    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }
}
