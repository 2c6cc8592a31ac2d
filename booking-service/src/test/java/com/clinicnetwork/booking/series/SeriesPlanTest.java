package com.clinicnetwork.booking.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesPlanTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void everyTwoWeeksSixTimesAtTheSameLocalTimeAcrossTheClockChange() {
        // 10:00 GMT on 2026-03-10; London moves to BST on 2026-03-29, after which 10:00 local is 09:00Z.
        List<Instant> starts = SeriesPlan.starts(Instant.parse("2026-03-10T10:00:00Z"), LONDON, 2, 6);

        assertThat(starts).containsExactly(
                Instant.parse("2026-03-10T10:00:00Z"), Instant.parse("2026-03-24T10:00:00Z"),
                Instant.parse("2026-04-07T09:00:00Z"), Instant.parse("2026-04-21T09:00:00Z"),
                Instant.parse("2026-05-05T09:00:00Z"), Instant.parse("2026-05-19T09:00:00Z"));
        assertThat(starts).allSatisfy(start -> assertThat(start.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(10, 0)));
    }

    @Test
    void weeklyIsOneWeekApart() {
        assertThat(SeriesPlan.starts(Instant.parse("2026-12-01T10:00:00Z"), LONDON, 1, 2))
                .containsExactly(Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"));
    }
}
