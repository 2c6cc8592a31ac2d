package com.clinicnetwork.booking.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BookingOutcomeTest {

    @Test
    void aBookingAndTheRulesThatRefuseOneHaveOutcomesOfTheirOwn() {
        assertThat(BookingOutcome.of(201, null)).isEqualTo(BookingOutcome.BOOKED);
        assertThat(BookingOutcome.of(409, "slot-taken")).isEqualTo(BookingOutcome.CONFLICT);
        assertThat(BookingOutcome.of(409, "room-taken")).isEqualTo(BookingOutcome.CONFLICT);
        assertThat(BookingOutcome.of(422, "outside-working-hours")).isEqualTo(BookingOutcome.OUTSIDE_HOURS);
        assertThat(BookingOutcome.of(422, "therapist-unavailable")).isEqualTo(BookingOutcome.THERAPIST_UNAVAILABLE);
        assertThat(BookingOutcome.of(422, "outside-booking-window")).isEqualTo(BookingOutcome.OUTSIDE_BOOKING_WINDOW);
    }

    @Test
    void everythingElseFallsIntoAFewBoundedOutcomes() {
        assertThat(BookingOutcome.of(400, "validation")).isEqualTo(BookingOutcome.REJECTED);
        assertThat(BookingOutcome.of(422, "some-future-rule")).isEqualTo(BookingOutcome.REJECTED);
        assertThat(BookingOutcome.of(404, null)).isEqualTo(BookingOutcome.REJECTED);
        assertThat(BookingOutcome.of(401, "unauthenticated")).isEqualTo(BookingOutcome.DENIED);
        assertThat(BookingOutcome.of(403, "forbidden")).isEqualTo(BookingOutcome.DENIED);
        assertThat(BookingOutcome.of(503, "service-unavailable")).isEqualTo(BookingOutcome.ERROR);
        assertThat(BookingOutcome.of(500, null)).isEqualTo(BookingOutcome.ERROR);
    }
}
