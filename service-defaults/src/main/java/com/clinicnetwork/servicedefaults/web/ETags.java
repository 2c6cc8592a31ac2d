package com.clinicnetwork.servicedefaults.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Optimistic locking over HTTP, the same in every service: a resource's entity tag is its version, a change
 * sent with {@code If-Match} applies only to that version, and a stale one is answered 412 {@code stale-version}.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header asks for.
     *
     * @return null when the header is absent or {@code *} (any version)
     * @throws ApiProblemException 400 if the header is not one of our entity tags
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        // Only our own strong tags: If-Match compares strongly (RFC 9110), so a weak tag could never match.
        String tag = ifMatch.strip();
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw invalid();
        }
        try {
            long version = Long.parseLong(tag.substring(1, tag.length() - 1));
            if (version < 0) {
                throw invalid();
            }
            return version;
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public static final String STALE_VERSION = "stale-version";

    /** 412: the resource changed since the caller read it. */
    public static ApiProblemException stale(String what) {
        return new ApiProblemException(HttpStatus.PRECONDITION_FAILED, STALE_VERSION, "Stale version",
                "The " + what + " was changed by someone else since you read it. Read it again and retry.");
    }

    private static ApiProblemException invalid() {
        return ApiProblemException.invalidField(HttpHeaders.IF_MATCH, "must be an entity tag such as \"3\" from a previous response");
    }
}
