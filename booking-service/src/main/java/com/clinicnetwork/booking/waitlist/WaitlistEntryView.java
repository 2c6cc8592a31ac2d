package com.clinicnetwork.booking.waitlist;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

public record WaitlistEntryView(UUID id, UUID clientId, UUID locationId, UUID treatmentId, UUID therapistId,
        OffsetDateTime windowStart, OffsetDateTime windowEnd, String status) {

    static WaitlistEntryView of(WaitlistEntry entry, String status) {
        return new WaitlistEntryView(entry.id(), entry.clientId(), entry.locationId(), entry.treatmentId(), entry.therapistId(),
                entry.windowStart().atOffset(ZoneOffset.UTC), entry.windowEnd().atOffset(ZoneOffset.UTC), status);
    }
}
