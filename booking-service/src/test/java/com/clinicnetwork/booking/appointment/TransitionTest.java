package com.clinicnetwork.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionTest {

    /** The whole state machine: for each transition, the statuses it may start from. */
    private static final Map<Transition, Set<AppointmentStatus>> ALLOWED = Map.of(
            Transition.RESCHEDULE, Set.of(AppointmentStatus.BOOKED),
            Transition.CANCEL, Set.of(AppointmentStatus.BOOKED),
            Transition.CHECK_IN, Set.of(AppointmentStatus.BOOKED),
            Transition.FULFIL, Set.of(AppointmentStatus.CHECKED_IN),
            Transition.NO_SHOW, Set.of(AppointmentStatus.BOOKED));

    @Test
    void theHappyPathFollowsFhir() {
        AppointmentStatus status = AppointmentStatus.BOOKED;
        status = Transition.RESCHEDULE.apply(status);
        assertThat(status).isEqualTo(AppointmentStatus.BOOKED);
        status = Transition.CHECK_IN.apply(status);
        assertThat(status).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(Transition.FULFIL.apply(status)).isEqualTo(AppointmentStatus.FULFILLED);
        assertThat(Transition.CANCEL.apply(AppointmentStatus.BOOKED)).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(Transition.NO_SHOW.apply(AppointmentStatus.BOOKED)).isEqualTo(AppointmentStatus.NOSHOW);
    }

    @Test
    void everyOtherMoveIsIllegal() {
        ALLOWED.forEach((transition, from) -> {
            for (AppointmentStatus status : EnumSet.complementOf(EnumSet.copyOf(from))) {
                assertThat(transition.allowedFrom(status)).as("%s from %s", transition, status).isFalse();
                assertThatThrownBy(() -> transition.apply(status))
                        .isInstanceOf(Transition.IllegalTransitionException.class)
                        .hasMessageContaining(status.name());
            }
        });
    }

    @Test
    void finishedAppointmentsNeverChangeAgain() {
        for (AppointmentStatus finished : Set.of(AppointmentStatus.FULFILLED, AppointmentStatus.CANCELLED, AppointmentStatus.NOSHOW)) {
            for (Transition transition : Transition.values()) {
                assertThat(transition.allowedFrom(finished)).isFalse();
            }
        }
    }

    @Test
    void aNoShowCanBeRecordedOnlyOnceTheAppointmentHasStarted() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");

        assertThat(Transition.NO_SHOW.allowedAt(start, start.minusSeconds(1))).isFalse();
        assertThat(Transition.NO_SHOW.allowedAt(start, start.minus(Duration.ofDays(7)))).isFalse();
        assertThat(Transition.NO_SHOW.allowedAt(start, start)).isTrue();
        assertThat(Transition.NO_SHOW.allowedAt(start, start.plus(Duration.ofHours(3)))).isTrue();
    }

    @Test
    void otherTransitionsDoNotDependOnTheStartTime() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        for (Transition transition : EnumSet.complementOf(EnumSet.of(Transition.NO_SHOW))) {
            assertThat(transition.allowedAt(start, start.minus(Duration.ofDays(1)))).as("%s", transition).isTrue();
            assertThat(transition.allowedAt(start, start.plus(Duration.ofDays(1)))).as("%s", transition).isTrue();
        }
    }

    @Test
    void requiringATransitionRefusesTheStatusFirstThenTheTime() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");

        Transition.NO_SHOW.require(AppointmentStatus.BOOKED, start, start);
        assertThatThrownBy(() -> Transition.NO_SHOW.require(AppointmentStatus.CANCELLED, start, start.minusSeconds(1)))
                .isInstanceOf(Transition.IllegalTransitionException.class);
        assertThatThrownBy(() -> Transition.NO_SHOW.require(AppointmentStatus.BOOKED, start, start.minusSeconds(1)))
                .isInstanceOfSatisfying(Transition.TooEarlyException.class, e -> {
                    assertThat(e.notBefore()).isEqualTo(start);
                    assertThat(e.status()).isEqualTo(AppointmentStatus.BOOKED);
                    assertThat(e.transition()).isEqualTo(Transition.NO_SHOW);
                });
    }

    @Test
    void apiNamesMatchThePaths() {
        assertThat(Transition.CHECK_IN.apiName()).isEqualTo("check-in");
        assertThat(Transition.NO_SHOW.apiName()).isEqualTo("no-show");
        assertThat(Transition.FULFIL.apiName()).isEqualTo("fulfil");
    }
}
