package com.clinicnetwork.booking.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.booking.aftercare.AnswerWindow.Refusal;
import com.clinicnetwork.booking.appointment.AppointmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AnswerWindowTest {

    private static final Instant SESSION_ENDS = Instant.parse("2026-12-01T11:00:00Z");
    private final AnswerWindow twoWeeks = new AnswerWindow(Duration.ofDays(14));

    @Test
    void closesTheLengthOfTheWindowAfterTheSessionEnds() {
        assertThat(twoWeeks.checkInClosesAt(SESSION_ENDS)).isEqualTo(Instant.parse("2026-12-15T11:00:00Z"));
    }

    @Test
    void aFulfilledSessionCanBeAnsweredUntilTheWindowClosesIncludingThatInstant() {
        assertThat(refusal(AppointmentStatus.FULFILLED, false, false, SESSION_ENDS.plusSeconds(60))).isNull();
        assertThat(refusal(AppointmentStatus.FULFILLED, false, false, Instant.parse("2026-12-15T11:00:00Z"))).isNull();
        assertThat(refusal(AppointmentStatus.FULFILLED, false, false, Instant.parse("2026-12-15T11:00:00.001Z")))
                .isEqualTo(Refusal.CLOSED);
    }

    @Test
    void aSessionFulfilledBeforeItsPlannedEndCanBeAnsweredAtOnce() {
        assertThat(refusal(AppointmentStatus.FULFILLED, false, false, SESSION_ENDS.minus(Duration.ofMinutes(20)))).isNull();
    }

    @Test
    void onlyAFulfilledSessionIsAskedAbout() {
        for (AppointmentStatus status : EnumSet.complementOf(EnumSet.of(AppointmentStatus.FULFILLED))) {
            assertThat(refusal(status, false, false, SESSION_ENDS.plusSeconds(60))).as(status.name()).isEqualTo(Refusal.NOT_FULFILLED);
        }
    }

    @Test
    void anAnswerIsGivenOnce() {
        assertThat(refusal(AppointmentStatus.FULFILLED, true, false, SESSION_ENDS.plusSeconds(60))).isEqualTo(Refusal.ALREADY_ANSWERED);
    }

    @Test
    void nothingIsRecordedAboutAnErasedClient() {
        assertThat(refusal(AppointmentStatus.FULFILLED, false, true, SESSION_ENDS.plusSeconds(60))).isEqualTo(Refusal.CLIENT_ERASED);
    }

    @Test
    void theMostTellingReasonComesFirst() {
        Instant late = SESSION_ENDS.plus(Duration.ofDays(30));
        assertThat(refusal(AppointmentStatus.CANCELLED, true, true, late)).isEqualTo(Refusal.NOT_FULFILLED);
        assertThat(refusal(AppointmentStatus.FULFILLED, true, true, late)).isEqualTo(Refusal.ALREADY_ANSWERED);
        assertThat(refusal(AppointmentStatus.FULFILLED, false, true, late)).isEqualTo(Refusal.CLOSED);
    }

    @Test
    void aWindowMustBePositive() {
        assertThatThrownBy(() -> new AnswerWindow(Duration.ZERO)).hasMessageContaining("clinic.booking.aftercare.answer-window");
        assertThatThrownBy(() -> new AnswerWindow(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    private Refusal refusal(AppointmentStatus status, boolean answered, boolean erased, Instant now) {
        return twoWeeks.refusal(status, SESSION_ENDS, answered, erased, now).orElse(null);
    }
}
