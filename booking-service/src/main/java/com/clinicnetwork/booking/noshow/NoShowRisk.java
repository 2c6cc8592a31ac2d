package com.clinicnetwork.booking.noshow;

import com.clinicnetwork.booking.policy.RiskThresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a booking is at risk of a no-show, and why: no model and no score, only the client's own history measured
 * against the location's thresholds ({@link RiskThresholds}), every flag with the facts that raised it. A booking at risk
 * asks its client to confirm ({@link Confirmation}).
 *
 * <p>The rule, for a booking made at {@code bookedAt} that starts at {@code startsAt}:
 * <ul>
 * <li>at least {@code noShows} no-shows within the look-back period flag it ("2 no-shows in the last 12 months");</li>
 * <li>at least {@code lateCancellations} late cancellations likewise;</li>
 * <li>more than {@code leadTimeDays} whole days ahead flags it only for a client with at least one no-show or late
 *     cancellation in the period, which are then named too ("1 no-show in the last 12 months", "booked 45 days ahead"):
 *     far-ahead bookings are how courses and planners book, and say nothing about a client who has always come.</li>
 * </ul>
 * A threshold of 0 never flags.
 */
public record NoShowRisk(List<RiskReason> reasons, Confirmation confirmation) {

    /** Not at risk: nothing to confirm. */
    public static final NoShowRisk NONE = new NoShowRisk(List.of(), Confirmation.NOT_REQUESTED);

    public NoShowRisk {
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(confirmation, "confirmation");
        if (reasons.isEmpty() != (confirmation == Confirmation.NOT_REQUESTED)) {
            throw new IllegalArgumentException("a confirmation is requested exactly when there are reasons");
        }
    }

    /** The risk of a booking of a client with {@code history}, made at {@code bookedAt} for {@code startsAt}. */
    public static NoShowRisk assess(ClientHistory history, RiskThresholds thresholds, Instant bookedAt, Instant startsAt) {
        boolean missedOften = reached(history.noShows(), thresholds.noShows());
        boolean cancelledLateOften = reached(history.lateCancellations(), thresholds.lateCancellations());
        int daysAhead = (int) Math.max(0, Duration.between(bookedAt, startsAt).toDays());
        boolean farAheadAfterLapses = thresholds.leadTimeDays() > 0 && daysAhead > thresholds.leadTimeDays()
                && history.hasLapses();

        List<RiskReason> reasons = new ArrayList<>(3);
        if (missedOften || farAheadAfterLapses && history.noShows() > 0) {
            reasons.add(new RiskReason.NoShows(history.noShows(), history.withinMonths()));
        }
        if (cancelledLateOften || farAheadAfterLapses && history.lateCancellations() > 0) {
            reasons.add(new RiskReason.LateCancellations(history.lateCancellations(), history.withinMonths()));
        }
        if (farAheadAfterLapses) {
            reasons.add(new RiskReason.BookedFarAhead(daysAhead));
        }
        return reasons.isEmpty() ? NONE : new NoShowRisk(reasons, Confirmation.REQUESTED);
    }

    public boolean atRisk() {
        return !reasons.isEmpty();
    }

    /** The same risk, confirmed by the client; confirming again changes nothing. */
    public NoShowRisk confirmed() {
        if (!atRisk()) {
            throw new IllegalStateException("a booking that is not at risk has nothing to confirm");
        }
        return new NoShowRisk(reasons, Confirmation.CONFIRMED);
    }

    private static boolean reached(int count, int threshold) {
        return threshold > 0 && count >= threshold;
    }
}
