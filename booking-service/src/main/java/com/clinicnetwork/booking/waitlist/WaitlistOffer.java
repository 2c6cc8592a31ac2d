package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.appointment.Slot;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A freed slot offered to one waiting client, held until {@code holdUntil}. */
record WaitlistOffer(UUID id, UUID entryId, UUID clientId, UUID locationId, UUID treatmentId, Slot slot, Instant holdUntil,
        OfferStatus status) {

    /** @throws OfferClosedException if the offer has been answered or has lapsed, so {@code answer} comes too late */
    void requireOpenTo(OfferStatus answer) {
        if (!status.canMoveTo(answer)) {
            throw new OfferClosedException(status);
        }
    }

    /** @throws OfferExpiredException if the hold has ended at {@code now}, even before the expiry job noticed */
    void requireHeldAt(Instant now) {
        if (!now.isBefore(holdUntil)) {
            throw new OfferExpiredException();
        }
    }

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
