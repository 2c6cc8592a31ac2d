package com.clinicnetwork.web.client.waitlist;

import java.time.ZoneId;

/** A waitlist entry with the names a page shows and its location's zone; {@code therapistName} null for anyone. */
public record EntryRow(WaitlistEntry entry, String locationName, String treatmentName, String therapistName,
        String offeredTherapistName, ZoneId zone, boolean offerOpen) {
}
