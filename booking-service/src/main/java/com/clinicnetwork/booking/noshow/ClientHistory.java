package com.clinicnetwork.booking.noshow;

/**
 * What a client's own past says about their coming, over the look-back period: appointments they did not come to,
 * and cancellations inside the late-cancellation window of the appointment's location.
 */
public record ClientHistory(int noShows, int lateCancellations, int withinMonths) {

    public ClientHistory {
        if (noShows < 0 || lateCancellations < 0 || withinMonths < 1) {
            throw new IllegalArgumentException("counts must not be negative, the period at least a month");
        }
    }

    /** Whether the client missed or cancelled late at least once in the period. */
    boolean hasLapses() {
        return noShows > 0 || lateCancellations > 0;
    }
}
