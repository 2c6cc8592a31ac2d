package com.clinicnetwork.booking.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutcomeReportTest {

    private static final UUID KNEE = UUID.randomUUID();
    private static final UUID BACK = UUID.randomUUID();
    private static final UUID LEEDS = UUID.randomUUID();
    private static final UUID YORK = UUID.randomUUID();

    @Test
    void perTreatmentAndLocationItCountsSessionsAndClientsAndComparesEachClientsFirstAndLastAnswer() {
        UUID ann = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        UUID cat = UUID.randomUUID();
        UUID dan = UUID.randomUUID();

        List<OutcomeReportView.Row> rows = OutcomeReport.of(List.of(
                answer(KNEE, LEEDS, ann, 7), answer(KNEE, LEEDS, ben, 3), answer(KNEE, LEEDS, ann, 5),
                answer(KNEE, LEEDS, cat, 6), answer(KNEE, LEEDS, ann, 4), answer(KNEE, LEEDS, ben, 5),
                answer(KNEE, LEEDS, dan, 2), answer(KNEE, LEEDS, dan, 1),
                answer(BACK, YORK, ann, 8)));

        assertThat(rows).hasSize(2);
        OutcomeReportView.Row back = rows.get(0);
        assertThat(back.treatmentName()).isEqualTo("Back");
        assertThat(back.sessions()).isOne();
        assertThat(back.clients()).isOne();
        assertThat(back.clientsCompared()).isZero();
        assertThat(back.meanChange()).isNull();
        assertThat(back.shareImproved()).isNull();
        OutcomeReportView.Row knee = rows.get(1);
        assertThat(knee.locationName()).isEqualTo("Leeds");
        assertThat(knee.sessions()).isEqualTo(8);
        assertThat(knee.clients()).isEqualTo(4);
        // ann 7 -> 4 (-3), ben 3 -> 5 (+2), dan 2 -> 1 (-1); cat answered once.
        assertThat(knee.clientsCompared()).isEqualTo(3);
        assertThat(knee.meanChange()).isEqualByComparingTo(new BigDecimal("-0.67"));
        assertThat(knee.shareImproved()).isEqualByComparingTo(new BigDecimal("0.67"));
    }

    @Test
    void anUnchangedScoreIsNoImprovementAndNoAnswersMakeNoRows() {
        UUID eve = UUID.randomUUID();

        List<OutcomeReportView.Row> rows = OutcomeReport.of(List.of(answer(KNEE, YORK, eve, 4), answer(KNEE, YORK, eve, 4)));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.meanChange()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(row.shareImproved()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        assertThat(OutcomeReport.of(List.of())).isEmpty();
    }

    private static OutcomeReport.Answer answer(UUID treatment, UUID location, UUID client, int score) {
        return new OutcomeReport.Answer(treatment, treatment.equals(KNEE) ? "Knee" : "Back", location,
                location.equals(LEEDS) ? "Leeds" : "York", client, score);
    }
}
