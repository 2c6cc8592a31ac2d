package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.availability.Interval;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The time a booking takes from a therapist: the session itself, and until {@code blockedUntil} the
 * buffer after it (room turnover, notes) in which the therapist cannot be booked again.
 */
public record Slot(UUID therapistId, Instant startsAt, Instant endsAt, Instant blockedUntil) {

    /**
     * A slot in a 409 answer: {@code busyUntil} includes the treatment's buffer, the earliest the therapist
     * can start another session.
     */
    public record Details(UUID therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime busyUntil) {
    }

    public Details details() {
        return new Details(therapistId, startsAt.atOffset(ZoneOffset.UTC), endsAt.atOffset(ZoneOffset.UTC),
                blockedUntil.atOffset(ZoneOffset.UTC));
    }

    /** The session and its buffer: what the slot takes from the therapist and, when the treatment needs one, a room. */
    public Interval occupied() {
        return new Interval(startsAt, blockedUntil);
    }

    /** Whether the two take some of the same time, buffers included: what the exclusion constraint refuses. */
    public boolean overlaps(Slot other) {
        return startsAt.isBefore(other.blockedUntil) && other.startsAt.isBefore(blockedUntil);
    }
}
