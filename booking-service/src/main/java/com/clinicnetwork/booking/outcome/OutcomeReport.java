package com.clinicnetwork.booking.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The outcome report's figures per treatment and location, from the answered check-ins in session order. Each client's
 * answers for a treatment at a location form their series there; its change is last minus first score (scores rate
 * pain, so negative is better) and the client improved if it is negative. Clients with a single answer count as
 * clients and sessions but have no change yet. Aggregates only: no client appears in the result.
 */
final class OutcomeReport {

    private OutcomeReport() {
    }

    /** An answered check-in as the report reads it; the names are null while the directory does not know them. */
    record Answer(UUID treatmentId, String treatmentName, UUID locationId, String locationName, UUID clientId, int score) {
    }

    /** @param answers in session order */
    static List<OutcomeReportView.Row> of(List<Answer> answers) {
        Map<List<UUID>, List<Answer>> byGroup = new LinkedHashMap<>();
        answers.forEach(answer -> byGroup.computeIfAbsent(List.of(answer.treatmentId(), answer.locationId()),
                key -> new ArrayList<>()).add(answer));
        return byGroup.values().stream()
                .map(OutcomeReport::group)
                .sorted(Comparator.comparing((OutcomeReportView.Row group) -> Objects.toString(group.treatmentName(), ""))
                        .thenComparing(group -> Objects.toString(group.locationName(), ""))
                        .thenComparing(OutcomeReportView.Row::treatmentId)
                        .thenComparing(OutcomeReportView.Row::locationId))
                .toList();
    }

    private static OutcomeReportView.Row group(List<Answer> answers) {
        Map<UUID, int[]> firstAndLast = new LinkedHashMap<>();
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        for (Answer answer : answers) {
            firstAndLast.computeIfAbsent(answer.clientId(), client -> new int[] {answer.score(), answer.score()})[1] = answer.score();
            counts.merge(answer.clientId(), 1, Integer::sum);
        }
        int compared = 0;
        int improved = 0;
        int totalChange = 0;
        for (Map.Entry<UUID, int[]> client : firstAndLast.entrySet()) {
            if (counts.get(client.getKey()) >= 2) {
                int change = client.getValue()[1] - client.getValue()[0];
                compared++;
                totalChange += change;
                if (change < 0) {
                    improved++;
                }
            }
        }
        Answer any = answers.get(0);
        return new OutcomeReportView.Row(any.treatmentId(), any.treatmentName(), any.locationId(), any.locationName(), answers.size(),
                firstAndLast.size(), compared, compared == 0 ? null : ratio(totalChange, compared),
                compared == 0 ? null : ratio(improved, compared));
    }

    private static BigDecimal ratio(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
