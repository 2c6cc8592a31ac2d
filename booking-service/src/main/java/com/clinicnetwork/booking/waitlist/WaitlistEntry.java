package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.directory.GeoPoint;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client waiting for a slot, either at one location ({@code nearby} null; {@code therapistId} null means any therapist
 * there) or across nearby locations ({@code nearby} set, {@code locationId} and {@code therapistId} null).
 *
 * @param treatmentId the treatment wanted; null for a nearby entry that takes whichever treatment of its specialty frees
 * @param intakeNotes what the client wants the therapist to know, for the appointment an accepted offer books; or null
 */
record WaitlistEntry(UUID id, UUID clientId, @Nullable UUID locationId, @Nullable UUID treatmentId, @Nullable UUID therapistId,
        Instant windowStart, Instant windowEnd, @Nullable String intakeNotes, @Nullable Nearby nearby) {

    /** Whether a session from {@code start} to {@code end} lies inside the time the client asked for. */
    boolean wants(Instant start, Instant end) {
        return !start.isBefore(windowStart) && !end.isAfter(windowEnd);
    }

    /**
     * Whether the client would go to the location: the one they wait at, or, waiting nearby, one within their radius
     * ({@code where} empty: the location's coordinates are unknown, so nobody waiting nearby is known to reach it).
     */
    boolean reaches(UUID locationId, Optional<GeoPoint> where) {
        return nearby == null ? locationId.equals(this.locationId) : where.filter(nearby::reaches).isPresent();
    }

    /** The treatment an offer of a slot freed from {@code freedTreatmentId} would book: the client's own choice, if any. */
    UUID treatmentFor(UUID freedTreatmentId) {
        return treatmentId != null ? treatmentId : freedTreatmentId;
    }
}
