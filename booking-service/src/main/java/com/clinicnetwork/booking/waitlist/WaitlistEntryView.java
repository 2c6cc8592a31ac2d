package com.clinicnetwork.booking.waitlist;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A waitlist entry as its client and staff see it, with the slot currently offered to it (or the last
 * one), so a front end can show the offer and its deadline and accept or decline it.
 *
 * @param locationId  the one location waited at; null when waiting across nearby locations
 * @param treatmentId null when waiting nearby for any treatment requiring {@code specialty}
 * @param specialty   waiting nearby: the specialty wanted; else null
 * @param near        waiting nearby: the area; else null
 */
public record WaitlistEntryView(UUID id, UUID clientId, @Nullable UUID locationId, @Nullable UUID treatmentId,
        @Nullable UUID therapistId, @Nullable String specialty, @Nullable NearView near, OffsetDateTime windowStart,
        OffsetDateTime windowEnd, @Nullable String intakeNotes, String status, @Nullable OfferView offer) {

    /** @param latitude null once the client has been erased, with {@code longitude} */
    public record NearView(@Nullable UUID locationId, @Nullable Double latitude, @Nullable Double longitude, int radiusKm) {

        static NearView of(Nearby nearby) {
            return new NearView(nearby.locationId(), nearby.centre() == null ? null : nearby.centre().latitude(),
                    nearby.centre() == null ? null : nearby.centre().longitude(), nearby.radiusKm());
        }
    }

    /**
     * @param locationId  where the offered session is: for a nearby entry, whichever location in reach the slot freed at
     * @param treatmentId what the offered session is
     * @param status      OFFERED, ACCEPTED, DECLINED or EXPIRED
     */
    public record OfferView(UUID id, UUID therapistId, UUID locationId, UUID treatmentId, OffsetDateTime startsAt,
            OffsetDateTime endsAt, OffsetDateTime holdUntil, String status) {

        static OfferView of(WaitlistOffer offer) {
            return new OfferView(offer.id(), offer.slot().therapistId(), offer.locationId(), offer.treatmentId(),
                    offer.slot().startsAt().atOffset(ZoneOffset.UTC), offer.slot().endsAt().atOffset(ZoneOffset.UTC),
                    offer.holdUntil().atOffset(ZoneOffset.UTC), offer.status().name());
        }
    }

    static WaitlistEntryView of(WaitlistEntry entry, String status) {
        return of(entry, status, null);
    }

    static WaitlistEntryView of(WaitlistEntry entry, String status, OfferView offer) {
        Nearby nearby = entry.nearby();
        return new WaitlistEntryView(entry.id(), entry.clientId(), entry.locationId(), entry.treatmentId(), entry.therapistId(),
                nearby == null ? null : nearby.specialty(), nearby == null ? null : NearView.of(nearby),
                entry.windowStart().atOffset(ZoneOffset.UTC), entry.windowEnd().atOffset(ZoneOffset.UTC), entry.intakeNotes(),
                status, offer);
    }
}
