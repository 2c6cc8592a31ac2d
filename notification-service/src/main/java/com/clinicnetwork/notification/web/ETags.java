package com.clinicnetwork.notification.web;

import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Entity tags are the resource's version, so a client can send it back in If-Match. Same format and problem
 * types as booking-service's (a candidate for service-defaults).
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
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
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

    /** 412: the resource changed since the caller read it. */
    public static ApiProblemException stale(String what) {
        return new ApiProblemException(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version",
                "The " + what + " was changed by someone else since you read it. Read it again and retry.");
    }

    private static ApiProblemException invalid() {
        return ApiProblemException.invalidField(HttpHeaders.IF_MATCH, "must be an entity tag such as \"3\" from a previous response");
    }
}
