package com.clinicnetwork.web.admin;

import java.util.UUID;

/**
 * A location's booking policy as booking-service holds it, with the no-show risk thresholds that apply there;
 * {@code isDefault} while the location has none of its own (version 0), which the first save replaces.
 */
public record LocationPolicy(UUID locationId, long minimumNoticeMinutes, long bookingHorizonDays, long slotIntervalMinutes,
        long lateCancellationWindowMinutes, int riskNoShows, int riskLateCancellations, int riskLeadTimeDays,
        int riskLookBackMonths, boolean isDefault, long version) {
}
