package com.clinicnetwork.web.admin;

import java.util.UUID;

/**
 * A location's booking policy as booking-service holds it; {@code isDefault} while the location has none of its own
 * (version 0), which the first save replaces.
 */
public record LocationPolicy(UUID locationId, long minimumNoticeMinutes, long bookingHorizonDays, long slotIntervalMinutes,
        long lateCancellationWindowMinutes, boolean isDefault, long version) {
}
