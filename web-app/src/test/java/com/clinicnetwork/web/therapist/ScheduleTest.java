package com.clinicnetwork.web.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.web.appointments.Appointment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final UUID MANCHESTER = UUID.randomUUID();
    static final UUID MITTE = UUID.randomUUID();

    static Appointment at(UUID location, String startsAt) {
        OffsetDateTime start = OffsetDateTime.parse(startsAt);
        return new Appointment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), location, UUID.randomUUID(), start,
                start.plusHours(1), "BOOKED", null, 1, null, null, null, "Maya Okafor", "Knee", "Somewhere", "Sam Carter", "Room 1", null);
    }

    @Test
    void eachSessionIsOnTheDayItHasAtItsOwnLocation() {
        Appointment lateInLondon = at(MANCHESTER, "2026-06-01T22:30:00Z"); // 23:30 Monday in London
        Appointment earlyInBerlin = at(MITTE, "2026-06-01T22:30:00Z"); // 00:30 Tuesday in Berlin

        Schedule schedule = Schedule.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2), List.of(earlyInBerlin, lateInLondon),
                Map.of(MANCHESTER, LONDON, MITTE, BERLIN), LONDON);

        assertThat(schedule.days().get(0).appointments()).containsExactly(lateInLondon);
        assertThat(schedule.days().get(1).appointments()).containsExactly(earlyInBerlin);
    }

    @Test
    void theWindowAskedForCoversTheDaysInEveryZoneTheTherapistWorksIn() {
        Schedule.Window window = Schedule.window(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), Set.of(LONDON, BERLIN));

        assertThat(window.from()).isEqualTo(Instant.parse("2026-05-31T22:00:00Z")); // midnight in Berlin
        assertThat(window.to()).isEqualTo(Instant.parse("2026-06-01T23:00:00Z")); // midnight in London
    }

    @Test
    void aWeekAcrossTheChangeToSummerTimeHasSevenDaysAndKeepsEachSessionOnItsLocalDay() {
        LocalDate monday = Schedule.weekStart(LocalDate.of(2026, 3, 26)); // clocks go forward on Sunday 29 March
        Appointment sundayMorning = at(MANCHESTER, "2026-03-29T09:00:00+01:00");
        Appointment saturdayLate = at(MANCHESTER, "2026-03-28T23:30:00Z");

        Schedule week = Schedule.of(monday, monday.plusDays(6), List.of(sundayMorning, saturdayLate),
                Map.of(MANCHESTER, LONDON), LONDON);
        Schedule.Window window = Schedule.window(monday, monday.plusDays(6), Set.of(LONDON));

        assertThat(monday).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(week.days()).hasSize(7);
        assertThat(week.days().get(5).appointments()).containsExactly(saturdayLate);
        assertThat(week.days().get(6).appointments()).containsExactly(sundayMorning);
        assertThat(window.to()).isEqualTo(Instant.parse("2026-03-29T23:00:00Z")); // Monday 00:00 is already summer time
    }

    @Test
    void aSessionAtALocationTheDirectoryNoLongerListsIsCountedInTheHomeZone() {
        Appointment elsewhere = at(UUID.randomUUID(), "2026-06-01T23:30:00Z"); // 00:30 on Tuesday in London

        Schedule schedule = Schedule.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2), List.of(elsewhere), Map.of(), LONDON);

        assertThat(schedule.days().get(1).appointments()).containsExactly(elsewhere);
    }
}
