package com.clinicnetwork.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), LONDON);
    private static final QuietHours LUNCH = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0), LONDON);

    @Test
    void outsideTheWindowAMessageGoesAtOnce() {
        Instant noon = Instant.parse("2026-12-01T12:00:00Z");

        assertThat(NIGHT.deliveryTime(noon)).isEqualTo(noon);
    }

    @Test
    void lateInTheEveningItWaitsUntilTheNextMorning() {
        assertThat(NIGHT.deliveryTime(Instant.parse("2026-12-01T22:30:00Z"))).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
    }

    @Test
    void earlyInTheMorningItWaitsUntilTheWindowEndsThatDay() {
        assertThat(NIGHT.deliveryTime(Instant.parse("2026-12-02T05:00:00Z"))).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
    }

    @Test
    void theWindowIsInTheClientsZoneIncludingSummerTime() {
        // 21:30 UTC in July is 22:30 BST; the window ends at 08:00 BST = 07:00 UTC.
        assertThat(NIGHT.deliveryTime(Instant.parse("2026-07-01T21:30:00Z"))).isEqualTo(Instant.parse("2026-07-02T07:00:00Z"));
        // 20:30 UTC in July is 21:30 BST: already quiet.
        assertThat(NIGHT.deliveryTime(Instant.parse("2026-07-01T20:30:00Z"))).isEqualTo(Instant.parse("2026-07-02T07:00:00Z"));
    }

    @Test
    void theEndIsExclusiveAndTheStartInclusive() {
        assertThat(NIGHT.deliveryTime(Instant.parse("2026-12-02T08:00:00Z"))).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(NIGHT.deliveryTime(Instant.parse("2026-12-01T21:00:00Z"))).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
    }

    @Test
    void aWindowWithinOneDayWorksToo() {
        assertThat(LUNCH.deliveryTime(Instant.parse("2026-12-01T12:15:00Z"))).isEqualTo(Instant.parse("2026-12-01T13:00:00Z"));
        assertThat(LUNCH.deliveryTime(Instant.parse("2026-12-01T13:15:00Z"))).isEqualTo(Instant.parse("2026-12-01T13:15:00Z"));
    }

    @Test
    void anEndInsideTheSpringForwardGapMovesToTheFirstValidInstant() {
        QuietHours untilHalfOneAm = new QuietHours(LocalTime.of(23, 0), LocalTime.of(1, 30), LONDON);

        // 29 March 2026: 01:00 GMT jumps to 02:00 BST, so 01:30 local does not exist; 02:30 BST = 01:30 UTC.
        assertThat(untilHalfOneAm.deliveryTime(Instant.parse("2026-03-28T23:30:00Z"))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void anEmptyWindowIsRejected() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON, LONDON)).isInstanceOf(IllegalArgumentException.class);
    }
}
