package com.clinicnetwork.booking.outcome;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The outcome report: how clients' check-in scores changed, per treatment and location, over the sessions that started
 * in the period. Aggregates only. Scores rate pain (0 = none, 10 = worst): a negative mean change is an improvement.
 *
 * @param from null: since the first session
 * @param to   null: up to now and beyond
 */
public record OutcomeReportView(@Nullable OffsetDateTime from, @Nullable OffsetDateTime to, @Nullable UUID locationId,
        @Nullable UUID treatmentId, List<Row> rows) {

    /**
     * @param treatmentName   null while the directory read model does not know the treatment (the same for locationName)
     * @param sessions        answered check-ins
     * @param clients         clients who answered at least one
     * @param clientsCompared clients with two answers or more (at this treatment and location), whose change is known
     * @param meanChange      mean of their changes, last minus first score, two decimals; null when nobody is compared
     * @param shareImproved   share of them whose score fell, 0 to 1, two decimals; null when nobody is compared
     */
    public record Row(UUID treatmentId, @Nullable String treatmentName, UUID locationId, @Nullable String locationName,
            int sessions, int clients, int clientsCompared, @Nullable BigDecimal meanChange, @Nullable BigDecimal shareImproved) {
    }
}
