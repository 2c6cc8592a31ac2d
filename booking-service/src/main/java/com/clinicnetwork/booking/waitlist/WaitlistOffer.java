package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.appointment.Slot;
import java.time.Instant;
import java.util.UUID;

/** A freed slot offered to one waiting client, held until {@code holdUntil}. */
record WaitlistOffer(UUID id, UUID entryId, UUID clientId, UUID locationId, UUID treatmentId, Slot slot, Instant holdUntil,
        OfferStatus status) {

    enum OfferStatus {
        OFFERED, ACCEPTED, DECLINED, EXPIRED;

        /** OFFERED → ACCEPTED | DECLINED | EXPIRED; nothing else moves. */
        boolean canMoveTo(OfferStatus next) {
            return this == OFFERED && next != OFFERED;
        }
    }
}
