package com.clinicnetwork.web.client.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.web.appointments.FreeSlot;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WeekTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final UUID MAYA = UUID.randomUUID();

    @Test
    void aWeekRunsFromMondaysMidnightToTheNextMondaysOnTheLocationsClock() {
        Week week = Week.containing(LocalDate.parse("2026-03-26"), LONDON);

        assertThat(week.monday()).isEqualTo(LocalDate.parse("2026-03-23"));
        assertThat(week.from()).isEqualTo(OffsetDateTime.parse("2026-03-23T00:00Z"));
        // Summer time starts on Sunday 29 March: the next Monday's midnight is an hour earlier in UTC.
        assertThat(week.to()).isEqualTo(OffsetDateTime.parse("2026-03-30T00:00+01:00"));
    }

    @Test
    void slotsLandOnTheDateTheClinicsClockShowsAcrossTheClockChange() {
        Week week = Week.containing(LocalDate.parse("2026-03-23"), LONDON);
        FreeSlot sundayMorning = slot("2026-03-29T08:30:00Z");
        FreeSlot saturdayLate = slot("2026-03-28T23:30:00Z");

        List<Week.Day> days = week.days(List.of(sundayMorning, saturdayLate));

        assertThat(days).hasSize(7);
        assertThat(days.get(5).slots()).containsExactly(saturdayLate);
        assertThat(days.get(6).date()).isEqualTo(LocalDate.parse("2026-03-29"));
        assertThat(days.get(6).slots()).containsExactly(sundayMorning);
    }

    @Test
    void slotsOfADayAreInTimeOrderAndDaysWithoutAnyAreListedEmpty() {
        Week week = Week.containing(LocalDate.parse("2026-03-02"), LONDON);
        FreeSlot late = slot("2026-03-03T15:00:00Z");
        FreeSlot early = slot("2026-03-03T09:00:00Z");

        List<Week.Day> days = week.days(List.of(late, early));

        assertThat(days.get(1).slots()).containsExactly(early, late);
        assertThat(days.get(0).slots()).isEmpty();
    }

    @Test
    void aWeekIsOverOnceItsSundayIsPast() {
        Week week = Week.containing(LocalDate.parse("2026-03-02"), LONDON);

        assertThat(week.isBefore(LocalDate.parse("2026-03-08"))).isFalse();
        assertThat(week.isBefore(LocalDate.parse("2026-03-09"))).isTrue();
        assertThat(week.next().previous()).isEqualTo(week);
    }

    private static FreeSlot slot(String startsAt) {
        OffsetDateTime start = OffsetDateTime.parse(startsAt);
        return new FreeSlot(MAYA, start, start.plusHours(1));
    }
}
