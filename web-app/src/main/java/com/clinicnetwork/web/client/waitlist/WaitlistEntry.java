package com.clinicnetwork.web.client.waitlist;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A waitlist entry with the slot offered to it now, or the last one (status WAITING, BOOKED or LEFT). */
public record WaitlistEntry(UUID id, UUID clientId, UUID locationId, UUID treatmentId, UUID therapistId,
        OffsetDateTime windowStart, OffsetDateTime windowEnd, String status, Offer offer) {

    /** @param status OFFERED, ACCEPTED, DECLINED or EXPIRED */
    public record Offer(UUID id, UUID therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime holdUntil,
            String status) {

        public boolean isOpenAt(OffsetDateTime now) {
            return "OFFERED".equals(status) && holdUntil.isAfter(now);
        }
    }

    public boolean isWaiting() {
        return "WAITING".equals(status);
    }
}
