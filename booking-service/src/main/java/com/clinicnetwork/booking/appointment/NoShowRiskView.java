package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.noshow.Confirmation;
import com.clinicnetwork.booking.noshow.NoShowRisk;
import com.clinicnetwork.booking.noshow.RiskReason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An appointment's no-show risk as the API shows it.
 *
 * @param atRisk       whether the booking was flagged; a confirmation is requested exactly then
 * @param reasons      why, each a fact with its figure (empty when not at risk); of a booking at risk only for the staff
 *                     who care for the visit (the front desk of its location, its therapist, admins) and only on reads:
 *                     null for everyone else and in the answers of changes
 * @param confirmation {@code NOT_REQUESTED} (not at risk), {@code REQUESTED} (the client has not confirmed yet) or
 *                     {@code CONFIRMED}
 */
public record NoShowRiskView(boolean atRisk, @Nullable List<Reason> reasons, Confirmation confirmation) {

    /**
     * @param code         {@code no-shows}, {@code late-cancellations} or {@code booked-far-ahead}
     * @param description  the reason in words, e.g. {@code 2 no-shows in the last 12 months}
     * @param count        no-shows or late cancellations: how many
     * @param withinMonths no-shows or late cancellations: within how many months before the booking
     * @param days         booked far ahead: how many whole days before the start
     */
    @Schema(name = "NoShowRiskReason")
    public record Reason(String code, String description, @Nullable Integer count, @Nullable Integer withinMonths,
            @Nullable Integer days) {

        static Reason of(RiskReason reason) {
            if (reason instanceof RiskReason.NoShows missed) {
                return new Reason(reason.code(), reason.description(), missed.count(), missed.withinMonths(), null);
            }
            if (reason instanceof RiskReason.LateCancellations late) {
                return new Reason(reason.code(), reason.description(), late.count(), late.withinMonths(), null);
            }
            RiskReason.BookedFarAhead ahead = (RiskReason.BookedFarAhead) reason;
            return new Reason(reason.code(), reason.description(), null, null, ahead.days());
        }
    }

    /** Whether it is flagged and confirmed, without why (a booking not at risk has no reason to hide). */
    static NoShowRiskView withoutReasons(NoShowRisk risk) {
        return new NoShowRiskView(risk.atRisk(), risk.atRisk() ? null : List.of(), risk.confirmation());
    }

    static NoShowRiskView withReasons(NoShowRisk risk) {
        return new NoShowRiskView(risk.atRisk(), risk.reasons().stream().map(Reason::of).toList(), risk.confirmation());
    }
}
