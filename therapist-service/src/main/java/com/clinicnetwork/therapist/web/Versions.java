package com.clinicnetwork.therapist.web;

import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ETags;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Optimistic locking over HTTP: a resource's ETag is its version, and an update sent with
 * {@code If-Match} only applies to that version. Without {@code If-Match} an update applies to whatever
 * is current (HTTP's unconditional request); it is still atomic, serialised by the row lock.
 */
public final class Versions {

    private Versions() {
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
            throw ETags.stale(what).with("currentVersion", current.getAsLong());
        }
        return current.getAsLong() + 1;
    }
}
