package com.clinicnetwork.web.admin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * The outcome report as {@code GET /api/v1/reports/outcomes} gives it: per treatment and location, how clients' check-in
 * scores (0 = no pain, 10 = the worst) changed. Aggregates only.
 */
public record OutcomeReport(List<Row> rows) {

    public OutcomeReport {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * @param meanChange    mean of the compared clients' last-minus-first change (negative: better); null when none
     * @param shareImproved 0 to 1; null when no client has two answers
     */
    public record Row(UUID treatmentId, String treatmentName, UUID locationId, String locationName, int sessions, int clients,
            int clientsCompared, BigDecimal meanChange, BigDecimal shareImproved) {

        /** The share improved as a whole percentage, for the table; null when nobody is compared. */
        public Integer percentImproved() {
            return shareImproved == null ? null
                    : shareImproved.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValue();
        }

        /** {@code better}, {@code worse} or {@code same}: how the mean change reads, as scores rate pain. */
        public String meanDirection() {
            int sign = meanChange == null ? 0 : meanChange.signum();
            return sign < 0 ? "better" : sign > 0 ? "worse" : "same";
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
