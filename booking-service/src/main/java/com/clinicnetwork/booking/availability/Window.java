package com.clinicnetwork.booking.availability;

import com.clinicnetwork.booking.policy.BookingPolicy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When offered slots may start: within the searched range, after the minimum notice and before the horizon. Both
 * policy bounds are taken to the whole minute inwards (notice rounded up, horizon down), so a search's answer stays the
 * same for a minute and can be served again; what it offers is still always bookable, never outside the policy.
 *
 * @param earliestStart no slot starts before this
 * @param startsBefore  every slot starts before this
 */
record Window(Instant earliestStart, Instant startsBefore) {

    static Window of(BookingPolicy policy, Instant now, Instant from, Instant to) {
        Instant notice = policy.earliestStart(now);
        Instant noticeToMinute = notice.truncatedTo(ChronoUnit.MINUTES).equals(notice) ? notice
                : notice.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Instant horizonToMinute = policy.startsBefore(now).truncatedTo(ChronoUnit.MINUTES);
        return new Window(later(from, noticeToMinute), earlier(to, horizonToMinute));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
