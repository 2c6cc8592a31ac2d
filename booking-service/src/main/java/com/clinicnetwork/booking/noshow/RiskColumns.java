package com.clinicnetwork.booking.noshow;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link NoShowRisk} as the appointment table stores it: one nullable column per kind of reason (each kind occurs at
 * most once), the period the history reasons cover, and the confirmation.
 */
public record RiskColumns(Integer noShows, Integer lateCancellations, Integer daysAhead, Integer withinMonths,
        Confirmation confirmation) {

    public static RiskColumns of(NoShowRisk risk) {
        Integer noShows = null;
        Integer lateCancellations = null;
        Integer daysAhead = null;
        Integer withinMonths = null;
        for (RiskReason reason : risk.reasons()) {
            if (reason instanceof RiskReason.NoShows missed) {
                noShows = missed.count();
                withinMonths = missed.withinMonths();
            } else if (reason instanceof RiskReason.LateCancellations late) {
                lateCancellations = late.count();
                withinMonths = late.withinMonths();
            } else if (reason instanceof RiskReason.BookedFarAhead ahead) {
                daysAhead = ahead.days();
            }
        }
        return new RiskColumns(noShows, lateCancellations, daysAhead, withinMonths, risk.confirmation());
    }

    /** The reasons in the order the rule names them. */
    public NoShowRisk toRisk() {
        List<RiskReason> reasons = new ArrayList<>(3);
        if (noShows != null) {
            reasons.add(new RiskReason.NoShows(noShows, withinMonths));
        }
        if (lateCancellations != null) {
            reasons.add(new RiskReason.LateCancellations(lateCancellations, withinMonths));
        }
        if (daysAhead != null) {
            reasons.add(new RiskReason.BookedFarAhead(daysAhead));
        }
        return new NoShowRisk(reasons, confirmation);
    }
}
