package com.clinicnetwork.therapist.web;

import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * Optimistic locking over HTTP: a resource's ETag is its version, and an update sent with
 * {@code If-Match} only applies to that version. Without {@code If-Match} an update applies to whatever
 * is current (HTTP's unconditional request); it is still atomic, serialised by the row lock.
 */
public final class Versions {

    public static final String PRECONDITION_FAILED = "precondition-failed";

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @param ifMatch the header value, null when absent
     * @return the version the caller expects, or null for "any" (no header or {@code *})
     * @throws ApiProblemException 400 if the header is not one strong entity tag issued by this service
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.length() < 3 || tag.length() > 21 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            throw ApiProblemException.invalidField("If-Match", "must be the ETag of the resource, e.g. \"3\"");
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw ApiProblemException.invalidField("If-Match", "must be the ETag of the resource, e.g. \"3\"");
        }
    }

    /**
     * Checks the locked current version against the expected one.
     *
     * @param current the version read with a row lock, empty if the entity does not exist
     * @return the version the change gets
     * @throws ApiProblemException 404 if there is no such entity, 412 if it changed since the caller read it
     */
    public static long next(String what, UUID id, OptionalLong current, Long expected) {
        if (current.isEmpty()) {
            throw ApiProblemException.notFound(what, id);
        }
        if (expected != null && expected != current.getAsLong()) {
            throw new ApiProblemException(HttpStatus.PRECONDITION_FAILED, PRECONDITION_FAILED, "Changed by someone else",
                    what + " " + id + " is at version " + current.getAsLong() + ", not " + expected
                            + ". Read it again and reapply your change.")
                    .with("currentVersion", current.getAsLong());
        }
        return current.getAsLong() + 1;
    }
}
