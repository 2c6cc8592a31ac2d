package com.clinicnetwork.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.booking.appointment.Slot;
import com.clinicnetwork.booking.waitlist.WaitlistOffer.OfferStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
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

    @Test
    void onlyAnOpenOfferTakesAnAnswer() {
        offer(OfferStatus.OFFERED).requireOpenTo(OfferStatus.ACCEPTED);
        offer(OfferStatus.OFFERED).requireOpenTo(OfferStatus.DECLINED);
        for (OfferStatus closed : new OfferStatus[] {OfferStatus.ACCEPTED, OfferStatus.DECLINED, OfferStatus.EXPIRED}) {
            assertThatThrownBy(() -> offer(closed).requireOpenTo(OfferStatus.ACCEPTED))
                    .isInstanceOfSatisfying(OfferClosedException.class, e -> assertThat(e.status()).isEqualTo(closed));
        }
    }

    @Test
    void anOfferIsHeldUntilItsHoldEndsEvenIfTheExpiryJobHasNotNoticed() {
        WaitlistOffer offer = offer(OfferStatus.OFFERED);

        offer.requireHeldAt(offer.holdUntil().minusNanos(1000));
        assertThatThrownBy(() -> offer.requireHeldAt(offer.holdUntil())).isInstanceOf(OfferExpiredException.class);
    }

    private static WaitlistOffer offer(OfferStatus status) {
        Instant startsAt = NOW.plus(Duration.ofDays(1));
        return new WaitlistOffer(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new Slot(UUID.randomUUID(), startsAt, startsAt.plus(Duration.ofHours(1)), startsAt.plus(Duration.ofMinutes(75))),
                NOW.plus(Duration.ofMinutes(30)), status);
    }
}
