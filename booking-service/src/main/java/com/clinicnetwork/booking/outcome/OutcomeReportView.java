package com.clinicnetwork.booking.outcome;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The outcome report: how clients' check-in scores changed, per treatment and location, over the sessions that started
 * in the period. Aggregates only. Scores rate pain (0 = none, 10 = worst): a negative mean change is an improvement.
 *
 * @param from null: since the first session
 * @param to   null: up to now and beyond
 */
public record OutcomeReportView(OffsetDateTime from, OffsetDateTime to, UUID locationId, UUID treatmentId,
        List<Row> rows) {

    /**
     * @param sessions        answered check-ins
     * @param clients         clients who answered at least one
     * @param clientsCompared clients with two answers or more (at this treatment and location), whose change is known
     * @param meanChange      mean of their changes, last minus first score, two decimals; null when nobody is compared
     * @param shareImproved   share of them whose score fell, 0 to 1, two decimals; null when nobody is compared
     */
    public record Row(UUID treatmentId, String treatmentName, UUID locationId, String locationName, int sessions,
            int clients, int clientsCompared, BigDecimal meanChange, BigDecimal shareImproved) {
    }
}
