package com.clinicnetwork.web.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingPolicyTest {

    private final BookingPolicy dayAhead = new BookingPolicy(UUID.randomUUID(), 120, 90, 15, 1440);
    private final OffsetDateTime startsAt = OffsetDateTime.parse("2026-03-03T09:00Z");

    @Test
    void cancellingWithinTheWindowBeforeTheStartIsLate() {
        assertThat(dayAhead.isLateCancellation(startsAt, startsAt.minusHours(23))).isTrue();
        assertThat(dayAhead.isLateCancellation(startsAt, startsAt.minusHours(24))).isTrue();
        assertThat(dayAhead.isLateCancellation(startsAt, startsAt.minusHours(24).minusSeconds(1))).isFalse();
    }

    @Test
    void theWindowIsToldInHoursWhenItIsWholeHours() {
        assertThat(dayAhead.windowInWholeHours()).isTrue();
        assertThat(dayAhead.windowHours()).isEqualTo(24);
        assertThat(new BookingPolicy(UUID.randomUUID(), 0, 1, 15, 90).windowInWholeHours()).isFalse();
    }
}
