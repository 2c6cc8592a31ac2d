package com.clinicnetwork.web.client.waitlist;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A waitlist entry with the slot offered to it now, or the last one (status WAITING, BOOKED or LEFT); waiting at one
 * location ({@code locationId}) or across nearby ones ({@code specialty} and {@code near}, {@code locationId} null).
 */
public record WaitlistEntry(UUID id, UUID clientId, UUID locationId, UUID treatmentId, UUID therapistId, String specialty,
        Near near, OffsetDateTime windowStart, OffsetDateTime windowEnd, String status, Offer offer) {

    /** @param locationId the location the radius is around; null when the client gave coordinates */
    public record Near(UUID locationId, Double latitude, Double longitude, int radiusKm) {
    }

    /**
     * @param locationId  where the offered session is (for a nearby entry: wherever within reach it freed)
     * @param treatmentId what it is
     * @param status      OFFERED, ACCEPTED, DECLINED or EXPIRED
     */
    public record Offer(UUID id, UUID therapistId, UUID locationId, UUID treatmentId, OffsetDateTime startsAt,
            OffsetDateTime endsAt, OffsetDateTime holdUntil, String status) {

        public boolean isOpenAt(OffsetDateTime now) {
            return "OFFERED".equals(status) && holdUntil.isAfter(now);
        }
    }

    public boolean isWaiting() {
        return "WAITING".equals(status);
    }

    public boolean isNearby() {
        return near != null;
    }

    /** The location the entry is about: the one waited at, or the one the radius is around. */
    public UUID placeId() {
        return near == null ? locationId : near.locationId();
    }
}
