package com.clinicnetwork.booking.policy;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * When a location flags a booking at risk of a no-show (see booking-service's {@code NoShowRisk}). A threshold of 0 is
 * switched off.
 *
 * @param noShows           flag a client with at least this many no-shows within the look-back period
 * @param lateCancellations flag a client with at least this many late cancellations within the look-back period
 * @param leadTimeDays      flag a booking made more than this many days ahead, but only for a client with at least one
 *                          no-show or late cancellation within the look-back period: booking far ahead is what courses
 *                          and planners do, and says nothing about a client who has always come
 * @param lookBackMonths    how far back the client's history counts
 */
public record RiskThresholds(int noShows, int lateCancellations, int leadTimeDays, int lookBackMonths) {

    public static final int MAX_COUNT = 100;
    public static final int MAX_LEAD_TIME_DAYS = 730;
    public static final int MAX_LOOK_BACK_MONTHS = 60;

    public RiskThresholds {
        if (noShows < 0 || noShows > MAX_COUNT || lateCancellations < 0 || lateCancellations > MAX_COUNT) {
            throw new IllegalArgumentException("no-show and late-cancellation thresholds must be between 0 and " + MAX_COUNT);
        }
        if (leadTimeDays < 0 || leadTimeDays > MAX_LEAD_TIME_DAYS) {
            throw new IllegalArgumentException("the lead-time threshold must be between 0 and " + MAX_LEAD_TIME_DAYS + " days");
        }
        if (lookBackMonths < 1 || lookBackMonths > MAX_LOOK_BACK_MONTHS) {
            throw new IllegalArgumentException("the look-back period must be between 1 and " + MAX_LOOK_BACK_MONTHS + " months");
        }
    }

    /** The start of the look-back period of a booking made at {@code now}: whole calendar months back, in UTC. */
    public Instant lookBackFrom(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(lookBackMonths).toInstant();
    }
}
