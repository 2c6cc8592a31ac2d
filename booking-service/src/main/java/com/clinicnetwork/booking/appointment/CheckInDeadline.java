package com.clinicnetwork.booking.appointment;

import java.time.Instant;

/**
 * Until when a client may answer the aftercare check-in of a session that ended at {@code sessionEndsAt}. The rule
 * belongs to the aftercare check-in; the fulfilment event announces the deadline, so the aftercare message can
 * carry a link that expires with it.
 */
@FunctionalInterface
public interface CheckInDeadline {

    Instant checkInClosesAt(Instant sessionEndsAt);
}
