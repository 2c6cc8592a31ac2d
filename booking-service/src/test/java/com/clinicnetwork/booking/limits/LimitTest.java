package com.clinicnetwork.booking.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LimitTest {

    private static final ClientLimitsProperties LIMITS = new ClientLimitsProperties(4, 2, 1, 1);

    @Test
    void aRequestWithinEveryLimitPasses() {
        assertThat(Limit.firstExceeded(LIMITS, new Holdings(2, 1, 0, 0), Holdings.course(2))).isEmpty();
    }

    @Test
    void theLimitARequestWouldPassIsNamed() {
        assertThat(Limit.firstExceeded(LIMITS, new Holdings(3, 0, 0, 0), Holdings.appointments(2)))
                .contains(Limit.FUTURE_APPOINTMENTS);
        assertThat(Limit.firstExceeded(LIMITS, new Holdings(0, 0, 0, 1), Holdings.course(2))).contains(Limit.ACTIVE_COURSES);
        assertThat(Limit.firstExceeded(LIMITS, new Holdings(0, 2, 0, 0), Holdings.waitlistEntry()))
                .contains(Limit.WAITLIST_ENTRIES);
        assertThat(Limit.firstExceeded(LIMITS, new Holdings(0, 0, 1, 0), Holdings.offer())).contains(Limit.OPEN_OFFERS);
    }

    @Test
    void onlyWhatARequestAddsToIsJudged() {
        // A client already over a lowered limit may still do what does not add to it.
        assertThat(Limit.firstExceeded(LIMITS, new Holdings(9, 0, 0, 0), Holdings.waitlistEntry())).isEmpty();
    }

    @Test
    void anOfferNeedsRoomForTheAppointmentItWouldBecome() {
        assertThat(Limit.firstExceeded(LIMITS, new Holdings(4, 0, 0, 0), Holdings.offer())).contains(Limit.FUTURE_APPOINTMENTS);
    }
}
