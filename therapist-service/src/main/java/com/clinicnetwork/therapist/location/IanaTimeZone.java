package com.clinicnetwork.therapist.location;

import com.clinicnetwork.therapist.RuleViolation;
import java.time.ZoneId;

/**
 * A location's time zone must be a region id from the IANA database (e.g. {@code Europe/London}):
 * availability is computed in it across daylight-saving changes, which a fixed offset like
 * {@code +01:00} would get wrong half of the year.
 */
public final class IanaTimeZone {

    private IanaTimeZone() {
    }

    /** @return the zone id in its canonical spelling */
    public static String require(String field, String value) {
        if (value == null || !ZoneId.getAvailableZoneIds().contains(value)) {
            throw new RuleViolation(field, "must be an IANA time zone id such as Europe/London");
        }
        return ZoneId.of(value).getId();
    }
}
