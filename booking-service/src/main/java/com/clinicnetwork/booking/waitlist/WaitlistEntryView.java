package com.clinicnetwork.booking.waitlist;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A waitlist entry as its client and staff see it, with the slot currently offered to it (or the last
 * one), so a front end can show the offer and its deadline and accept or decline it.
 */
public record WaitlistEntryView(UUID id, UUID clientId, UUID locationId, UUID treatmentId, @Nullable UUID therapistId,
        OffsetDateTime windowStart, OffsetDateTime windowEnd, @Nullable String intakeNotes, String status,
        @Nullable OfferView offer) {

    /** @param status OFFERED, ACCEPTED, DECLINED or EXPIRED */
    public record OfferView(UUID id, UUID therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt,
            OffsetDateTime holdUntil, String status) {

        static OfferView of(WaitlistOffer offer) {
            return new OfferView(offer.id(), offer.slot().therapistId(), offer.slot().startsAt().atOffset(ZoneOffset.UTC),
                    offer.slot().endsAt().atOffset(ZoneOffset.UTC), offer.holdUntil().atOffset(ZoneOffset.UTC),
                    offer.status().name());
        }
    }

    static WaitlistEntryView of(WaitlistEntry entry, String status) {
        return of(entry, status, null);
    }

    static WaitlistEntryView of(WaitlistEntry entry, String status, OfferView offer) {
        return new WaitlistEntryView(entry.id(), entry.clientId(), entry.locationId(), entry.treatmentId(), entry.therapistId(),
                entry.windowStart().atOffset(ZoneOffset.UTC), entry.windowEnd().atOffset(ZoneOffset.UTC), entry.intakeNotes(),
                status, offer);
    }
}
