package com.clinicnetwork.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WaitlistOfferTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void anOfferIsHeldForTheHoldDuration() {
        assertThat(WaitlistOffer.holdUntil(NOW, Duration.ofMinutes(30), NOW.plus(Duration.ofDays(1))))
                .isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void anOfferIsNeverHeldPastTheSessionsStart() {
        Instant startsSoon = NOW.plus(Duration.ofMinutes(20));
        assertThat(WaitlistOffer.holdUntil(NOW, Duration.ofMinutes(30), startsSoon)).isEqualTo(startsSoon);
    }
}
