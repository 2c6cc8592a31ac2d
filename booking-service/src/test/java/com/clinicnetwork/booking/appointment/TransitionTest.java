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

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T11:00:00Z");

    @Test
    void checkInOpensHalfAnHourBeforeTheStartAndClosesWhenTheSessionEnds() {
        assertThat(Transition.CHECK_IN.allowedAt(START, END, START.minus(Duration.ofDays(7)))).isFalse();
        assertThat(Transition.CHECK_IN.allowedAt(START, END, START.minus(Duration.ofMinutes(30)).minusSeconds(1))).isFalse();
        assertThat(Transition.CHECK_IN.allowedAt(START, END, START.minus(Duration.ofMinutes(30)))).isTrue();
        assertThat(Transition.CHECK_IN.allowedAt(START, END, START)).isTrue();
        assertThat(Transition.CHECK_IN.allowedAt(START, END, END.minusSeconds(1))).isTrue();
        assertThat(Transition.CHECK_IN.allowedAt(START, END, END)).isFalse();
        assertThat(Transition.CHECK_IN.allowedAt(START, END, END.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void fulfilmentAndNoShowWaitForTheStartAndStayPossibleAfterTheEnd() {
        for (Transition transition : EnumSet.of(Transition.FULFIL, Transition.NO_SHOW)) {
            assertThat(transition.allowedAt(START, END, START.minus(Duration.ofDays(7)))).as("%s", transition).isFalse();
            assertThat(transition.allowedAt(START, END, START.minusSeconds(1))).as("%s", transition).isFalse();
            assertThat(transition.allowedAt(START, END, START)).as("%s", transition).isTrue();
            assertThat(transition.allowedAt(START, END, END.plus(Duration.ofHours(3)))).as("%s", transition).isTrue();
        }
    }

    @Test
    void reschedulingAndCancellingDoNotDependOnTheSessionsTime() {
        for (Transition transition : EnumSet.of(Transition.RESCHEDULE, Transition.CANCEL)) {
            assertThat(transition.allowedAt(START, END, START.minus(Duration.ofDays(1)))).as("%s", transition).isTrue();
            assertThat(transition.allowedAt(START, END, END.plus(Duration.ofDays(1)))).as("%s", transition).isTrue();
        }
    }

    @Test
    void requiringATransitionRefusesTheStatusFirstThenTheTime() {
        Transition.NO_SHOW.require(AppointmentStatus.BOOKED, START, END, START);
        assertThatThrownBy(() -> Transition.NO_SHOW.require(AppointmentStatus.CANCELLED, START, END, START.minusSeconds(1)))
                .isInstanceOf(Transition.IllegalTransitionException.class);
        assertThatThrownBy(() -> Transition.CHECK_IN.require(AppointmentStatus.FULFILLED, START, END, END.plusSeconds(1)))
                .isInstanceOf(Transition.IllegalTransitionException.class);
        assertThatThrownBy(() -> Transition.NO_SHOW.require(AppointmentStatus.BOOKED, START, END, START.minusSeconds(1)))
                .isInstanceOfSatisfying(Transition.TooEarlyException.class, e -> {
                    assertThat(e.notBefore()).isEqualTo(START);
                    assertThat(e.status()).isEqualTo(AppointmentStatus.BOOKED);
                    assertThat(e.transition()).isEqualTo(Transition.NO_SHOW);
                });
        assertThatThrownBy(() -> Transition.FULFIL.require(AppointmentStatus.CHECKED_IN, START, END, START.minusSeconds(1)))
                .isInstanceOfSatisfying(Transition.TooEarlyException.class, e -> assertThat(e.notBefore()).isEqualTo(START));
    }

    @Test
    void aRefusedCheckInSaysWhenItOpensOrSinceWhenItIsClosed() {
        assertThatThrownBy(() -> Transition.CHECK_IN.require(AppointmentStatus.BOOKED, START, END, START.minus(Duration.ofHours(1))))
                .isInstanceOfSatisfying(Transition.TooEarlyException.class, e -> {
                    assertThat(e.notBefore()).isEqualTo(START.minus(Duration.ofMinutes(30)));
                    assertThat(e.transition()).isEqualTo(Transition.CHECK_IN);
                });
        assertThatThrownBy(() -> Transition.CHECK_IN.require(AppointmentStatus.BOOKED, START, END, END))
                .isInstanceOfSatisfying(Transition.TooLateException.class, e -> {
                    assertThat(e.closedAt()).isEqualTo(END);
                    assertThat(e.status()).isEqualTo(AppointmentStatus.BOOKED);
                    assertThat(e.transition()).isEqualTo(Transition.CHECK_IN);
                });
        assertThat(Transition.CHECK_IN.window().opensBeforeStart()).contains(Duration.ofMinutes(30));
    }

    @Test
    void apiNamesMatchThePaths() {
        assertThat(Transition.CHECK_IN.apiName()).isEqualTo("check-in");
        assertThat(Transition.NO_SHOW.apiName()).isEqualTo("no-show");
        assertThat(Transition.FULFIL.apiName()).isEqualTo("fulfil");
    }
}
