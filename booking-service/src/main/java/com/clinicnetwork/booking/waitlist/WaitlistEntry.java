package com.clinicnetwork.booking.waitlist;

import java.time.Instant;
import java.util.UUID;

/**
 * A client waiting for a slot; {@code therapistId} null means any therapist at the location.
 *
 * @param intakeNotes what the client wants the therapist to know, for the appointment an accepted offer books; or null
 */
record WaitlistEntry(UUID id, UUID clientId, UUID locationId, UUID treatmentId, UUID therapistId, Instant windowStart,
        Instant windowEnd, String intakeNotes) {

    /** Whether a session from {@code start} to {@code end} lies inside the time the client asked for. */
    boolean wants(Instant start, Instant end) {
        return !start.isBefore(windowStart) && !end.isAfter(windowEnd);
    }
}
