package com.clinicnetwork.web.appointments;

import java.util.List;

/**
 * Whether a booking was flagged at risk of a no-show and whether its client confirmed they will come. The reasons come
 * only to the staff who care for the visit; a client's reads carry none ({@code null}).
 *
 * @param confirmation {@code NOT_REQUESTED}, {@code REQUESTED} or {@code CONFIRMED}
 */
public record NoShowRisk(boolean atRisk, List<Reason> reasons, String confirmation) {

    /**
     * One reason, worded by the screen from its code and figures.
     *
     * @param code {@code no-shows} and {@code late-cancellations} (with {@code count} and {@code withinMonths}) or
     *             {@code booked-far-ahead} (with {@code days})
     */
    public record Reason(String code, String description, Integer count, Integer withinMonths, Integer days) {
    }

    public boolean isRequested() {
        return "REQUESTED".equals(confirmation);
    }

    public boolean isConfirmed() {
        return "CONFIRMED".equals(confirmation);
    }

    public List<Reason> reasonsShown() {
        return reasons == null ? List.of() : reasons;
    }
}
