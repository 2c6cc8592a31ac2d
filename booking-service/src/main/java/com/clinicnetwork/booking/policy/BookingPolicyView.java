package com.clinicnetwork.booking.policy;

import java.util.UUID;

/**
 * The policy that applies at a location.
 *
 * @param isDefault whether the location has no policy of its own and the configured default applies
 * @param version   0 while the default applies; send it back in {@code If-Match} to replace the policy
 */
public record BookingPolicyView(UUID locationId, long minimumNoticeMinutes, long bookingHorizonDays,
        long slotIntervalMinutes, long lateCancellationWindowMinutes, boolean isDefault, long version) {

    static BookingPolicyView of(UUID locationId, BookingPolicy policy, boolean isDefault, long version) {
        return new BookingPolicyView(locationId, policy.minimumNotice().toMinutes(), policy.bookingHorizon().toDays(),
                policy.slotInterval().toMinutes(), policy.lateCancellationWindow().toMinutes(), isDefault, version);
    }
}
