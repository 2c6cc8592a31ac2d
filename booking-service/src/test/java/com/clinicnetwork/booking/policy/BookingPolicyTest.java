package com.clinicnetwork.booking.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingPolicyTest {

    private static final BookingPolicy POLICY = new BookingPolicy(Duration.ofHours(2), Duration.ofDays(30),
            Duration.ofMinutes(15), Duration.ofHours(24));
    private static final Instant STARTS = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aCancellationInsideTheWindowIsLate() {
        assertThat(POLICY.isLateCancellation(STARTS, Instant.parse("2026-12-01T10:00:00Z"))).isFalse();
        assertThat(POLICY.isLateCancellation(STARTS, Instant.parse("2026-12-01T10:00:01Z"))).isTrue();
        assertThat(POLICY.isLateCancellation(STARTS, Instant.parse("2026-11-20T10:00:00Z"))).isFalse();
    }

    @Test
    void theBookingWindowRunsFromTheNoticeToTheHorizon() {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        assertThat(POLICY.earliestStart(now)).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(POLICY.startsBefore(now)).isEqualTo(Instant.parse("2026-12-31T08:00:00Z"));
    }

    @Test
    void nonsensicalPoliciesAreRejected() {
        assertThatThrownBy(() -> new BookingPolicy(Duration.ofHours(-1), Duration.ofDays(1), Duration.ofMinutes(15), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingPolicy(Duration.ZERO, Duration.ofDays(1), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
