package com.clinicnetwork.booking.policy;

import java.util.UUID;

/**
 * The policy that applies at a location.
 *
 * @param riskNoShows           a booking is flagged at risk of a no-show when its client has at least this many
 *                              no-shows within the look-back period (0: never for this reason)
 * @param riskLateCancellations the same for late cancellations
 * @param riskLeadTimeDays      a booking made more than this many days ahead is flagged when its client has at least one
 *                              no-show or late cancellation within the look-back period (0: never for this reason)
 * @param riskLookBackMonths    how many months back a client's history counts
 * @param isDefault             whether the location has no policy of its own and the configured default applies
 * @param version               0 while the default applies; send it back in {@code If-Match} to replace the policy
 */
public record BookingPolicyView(UUID locationId, long minimumNoticeMinutes, long bookingHorizonDays,
        long slotIntervalMinutes, long lateCancellationWindowMinutes, int riskNoShows, int riskLateCancellations,
        int riskLeadTimeDays, int riskLookBackMonths, boolean isDefault, long version) {

    static BookingPolicyView of(UUID locationId, BookingPolicy policy, RiskThresholds risk, boolean isDefault, long version) {
        return new BookingPolicyView(locationId, policy.minimumNotice().toMinutes(), policy.bookingHorizon().toDays(),
                policy.slotInterval().toMinutes(), policy.lateCancellationWindow().toMinutes(), risk.noShows(),
                risk.lateCancellations(), risk.leadTimeDays(), risk.lookBackMonths(), isDefault, version);
    }
}
