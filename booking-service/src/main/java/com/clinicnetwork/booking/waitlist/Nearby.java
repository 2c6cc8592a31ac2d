package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.directory.GeoPoint;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a client waiting across nearby locations waits for: a session with any therapist who has the specialty, at any
 * location within {@code radiusKm} of a centre.
 *
 * @param specialty  the specialty the therapist must have (and the offered treatment must require)
 * @param locationId the location whose coordinates are the centre, when the client named one; null when they gave
 *                   coordinates
 * @param centre     where the radius is measured from, as it was when the client joined; null once the client has been
 *                   erased, after which the entry reaches nothing
 * @param radiusKm   how far the client will travel, 1 to 100 km
 */
record Nearby(String specialty, @Nullable UUID locationId, @Nullable GeoPoint centre, int radiusKm) {

    static final int MIN_RADIUS_KM = 1;
    static final int MAX_RADIUS_KM = 100;

    /** Whether a location at {@code where} is within the client's reach, the edge included. */
    boolean reaches(GeoPoint where) {
        return centre != null && centre.isWithinKm(where, radiusKm);
    }
}
