package com.clinicnetwork.booking.noshow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.booking.policy.RiskThresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoShowRiskTest {

    /** Two no-shows or three late cancellations in a year; more than 30 days ahead after a lapse. */
    private static final RiskThresholds THRESHOLDS = new RiskThresholds(2, 3, 30, 12);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));

    @Test
    void aClientWhoHasAlwaysComeIsNotAtRiskHoweverFarAheadTheyBook() {
        NoShowRisk risk = NoShowRisk.assess(history(0, 0), THRESHOLDS, NOW, NOW.plus(Duration.ofDays(200)));

        assertThat(risk).isEqualTo(NoShowRisk.NONE);
        assertThat(risk.atRisk()).isFalse();
        assertThat(risk.confirmation()).isEqualTo(Confirmation.NOT_REQUESTED);
    }

    @Test
    void enoughNoShowsFlagTheBookingAndSaySo() {
        NoShowRisk risk = NoShowRisk.assess(history(2, 0), THRESHOLDS, NOW, NEXT_WEEK);

        assertThat(risk.atRisk()).isTrue();
        assertThat(risk.confirmation()).isEqualTo(Confirmation.REQUESTED);
        assertThat(descriptions(risk)).containsExactly("2 no-shows in the last 12 months");
    }

    @Test
    void enoughLateCancellationsFlagTheBookingAndSaySo() {
        NoShowRisk risk = NoShowRisk.assess(history(0, 3), THRESHOLDS, NOW, NEXT_WEEK);

        assertThat(descriptions(risk)).containsExactly("3 late cancellations in the last 12 months");
    }

    @Test
    void bothHistoriesAreNamedWhenBothReachTheirThresholds() {
        NoShowRisk risk = NoShowRisk.assess(history(4, 5), THRESHOLDS, NOW, NEXT_WEEK);

        assertThat(risk.reasons()).containsExactly(new RiskReason.NoShows(4, 12), new RiskReason.LateCancellations(5, 12));
    }

    @Test
    void belowEveryThresholdABookingSoonIsNotFlagged() {
        assertThat(NoShowRisk.assess(history(1, 2), THRESHOLDS, NOW, NEXT_WEEK).atRisk()).isFalse();
    }

    @Test
    void bookingFarAheadAfterALapseIsFlaggedWithTheLapseAndTheLeadTime() {
        NoShowRisk risk = NoShowRisk.assess(history(1, 0), THRESHOLDS, NOW, NOW.plus(Duration.ofDays(45)));

        assertThat(descriptions(risk)).containsExactly("1 no-show in the last 12 months", "booked 45 days ahead");
    }

    @Test
    void aLateCancellationAlsoMakesAFarAheadBookingARisk() {
        NoShowRisk risk = NoShowRisk.assess(history(0, 1), THRESHOLDS, NOW, NOW.plus(Duration.ofDays(31)));

        assertThat(descriptions(risk)).containsExactly("1 late cancellation in the last 12 months", "booked 31 days ahead");
    }

    @Test
    void theLeadTimeCountsWholeDaysAndMustExceedTheThreshold() {
        Instant thirtyDaysAndAlmostOneMore = NOW.plus(Duration.ofDays(31)).minusSeconds(1);

        assertThat(NoShowRisk.assess(history(1, 1), THRESHOLDS, NOW, thirtyDaysAndAlmostOneMore).atRisk()).isFalse();
        assertThat(NoShowRisk.assess(history(1, 1), THRESHOLDS, NOW, NOW.plus(Duration.ofDays(31))).reasons())
                .containsExactly(new RiskReason.NoShows(1, 12), new RiskReason.LateCancellations(1, 12),
                        new RiskReason.BookedFarAhead(31));
    }

    @Test
    void aHistoryReasonIsNamedOnceWhenTheLeadTimeAlsoApplies() {
        NoShowRisk risk = NoShowRisk.assess(history(3, 0), THRESHOLDS, NOW, NOW.plus(Duration.ofDays(60)));

        assertThat(descriptions(risk)).containsExactly("3 no-shows in the last 12 months", "booked 60 days ahead");
    }

    @Test
    void aThresholdOfZeroNeverFlags() {
        RiskThresholds off = new RiskThresholds(0, 0, 0, 12);

        assertThat(NoShowRisk.assess(history(9, 9), off, NOW, NOW.plus(Duration.ofDays(300))).atRisk()).isFalse();
        assertThat(NoShowRisk.assess(history(9, 0), new RiskThresholds(0, 3, 30, 12), NOW, NEXT_WEEK).atRisk()).isFalse();
    }

    @Test
    void theReasonsNameTheLookBackPeriodOfTheLocation() {
        NoShowRisk risk = NoShowRisk.assess(new ClientHistory(1, 0, 1), new RiskThresholds(1, 3, 30, 1), NOW, NEXT_WEEK);

        assertThat(descriptions(risk)).containsExactly("1 no-show in the last month");
        assertThat(risk.reasons().get(0).code()).isEqualTo("no-shows");
    }

    @Test
    void aConfirmationIsKeptWithTheReasonsAndOnlyABookingAtRiskHasOne() {
        NoShowRisk risk = NoShowRisk.assess(history(2, 0), THRESHOLDS, NOW, NEXT_WEEK);

        NoShowRisk confirmed = risk.confirmed();

        assertThat(confirmed.confirmation()).isEqualTo(Confirmation.CONFIRMED);
        assertThat(confirmed.reasons()).isEqualTo(risk.reasons());
        assertThat(confirmed.confirmed()).isEqualTo(confirmed);
        assertThatThrownBy(NoShowRisk.NONE::confirmed).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new NoShowRisk(List.of(), Confirmation.REQUESTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoShowRisk(risk.reasons(), Confirmation.NOT_REQUESTED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyReasonSurvivesTheTableColumns() {
        NoShowRisk risk = NoShowRisk.assess(history(1, 1), THRESHOLDS, NOW, NOW.plus(Duration.ofDays(90))).confirmed();

        assertThat(RiskColumns.of(risk).toRisk()).isEqualTo(risk);
        assertThat(RiskColumns.of(NoShowRisk.NONE).toRisk()).isEqualTo(NoShowRisk.NONE);
        assertThat(RiskColumns.of(NoShowRisk.assess(history(0, 4), THRESHOLDS, NOW, NEXT_WEEK)))
                .isEqualTo(new RiskColumns(null, 4, null, 12, Confirmation.REQUESTED));
    }

    @Test
    void thresholdsOutsideTheirBoundsAreRefused() {
        assertThatThrownBy(() -> new RiskThresholds(-1, 3, 30, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskThresholds(2, 101, 30, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskThresholds(2, 3, 731, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskThresholds(2, 3, 30, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskThresholds(2, 3, 30, 61)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLookBackGoesWholeCalendarMonthsBack() {
        assertThat(THRESHOLDS.lookBackFrom(Instant.parse("2026-03-31T10:00:00Z"))).isEqualTo(Instant.parse("2025-03-31T10:00:00Z"));
        assertThat(new RiskThresholds(2, 3, 30, 1).lookBackFrom(Instant.parse("2026-03-31T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
    }

    private static ClientHistory history(int noShows, int lateCancellations) {
        return new ClientHistory(noShows, lateCancellations, 12);
    }

    private static List<String> descriptions(NoShowRisk risk) {
        return risk.reasons().stream().map(RiskReason::description).toList();
    }
}
