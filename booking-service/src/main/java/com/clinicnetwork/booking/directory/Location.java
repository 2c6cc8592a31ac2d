package com.clinicnetwork.booking.directory;

import java.time.ZoneId;
import java.util.UUID;

/** A clinic location as booking sees it: its wall clock and whether it takes bookings. */
public record Location(UUID id, ZoneId timeZone, boolean active) {
}
