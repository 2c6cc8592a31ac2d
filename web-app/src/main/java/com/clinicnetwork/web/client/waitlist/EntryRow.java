package com.clinicnetwork.web.client.waitlist;

import java.time.ZoneId;

/**
 * A waitlist entry with the names a page shows and the zone its times are shown in; {@code therapistName} null for
 * anyone, {@code treatmentName} null for any treatment of a nearby entry's specialty until an offer names one.
 *
 * @param locationName        the location waited at, or the one a nearby entry's radius is around
 * @param offeredLocationName where the offered session is: for a nearby entry possibly another location
 * @param zone                the offered location's zone, else the entry's location's
 */
public record EntryRow(WaitlistEntry entry, String locationName, String treatmentName, String therapistName,
        String offeredTherapistName, String offeredLocationName, ZoneId zone, boolean offerOpen) {
}
