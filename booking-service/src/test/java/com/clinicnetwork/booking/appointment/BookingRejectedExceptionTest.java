package com.clinicnetwork.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.appointment.BookingRejectedException.Reason;
import org.junit.jupiter.api.Test;

class BookingRejectedExceptionTest {

    @Test
    void aTimeTheRulesRefuseIsToldInTheRulesWords() {
        BookingRejectedException rejection = new BookingRejectedException(Reason.THERAPIST_UNAVAILABLE, "startsAt",
                "The therapist is away (time off) during the session or the buffer after it");

        assertThat(rejection.detail()).isEqualTo("The therapist is away (time off) during the session or the buffer after it");
    }

    @Test
    void aValueTheRequestGotWrongIsNamedByItsField() {
        assertThat(BookingRejectedException.unknownClient().detail()).isEqualTo("clientId: no client with this id");
    }
}
