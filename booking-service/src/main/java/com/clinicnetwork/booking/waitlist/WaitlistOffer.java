package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.appointment.Slot;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A freed slot offered to one waiting client, held until {@code holdUntil}. */
record WaitlistOffer(UUID id, UUID entryId, UUID clientId, UUID locationId, UUID treatmentId, Slot slot, Instant holdUntil,
        OfferStatus status) {

    /**
     * When an offer made now lapses: after the hold, but never after the session starts, so a slot shortly
     * before its start is not held past the point where anyone could still use it.
     */
    static Instant holdUntil(Instant now, Duration hold, Instant slotStartsAt) {
        Instant end = now.plus(hold);
        return (end.isBefore(slotStartsAt) ? end : slotStartsAt).truncatedTo(ChronoUnit.MICROS);
    }

    enum OfferStatus {
        OFFERED, ACCEPTED, DECLINED, EXPIRED;

        /** OFFERED → ACCEPTED | DECLINED | EXPIRED; nothing else moves. */
        boolean canMoveTo(OfferStatus next) {
            return this == OFFERED && next != OFFERED;
        }
    }
}
