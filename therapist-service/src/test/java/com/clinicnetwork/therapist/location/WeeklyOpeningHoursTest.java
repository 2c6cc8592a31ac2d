package com.clinicnetwork.therapist.location;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.therapist.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyOpeningHoursTest {

    private static final WeeklyOpeningHours LUNCH_CLOSURE = WeeklyOpeningHours.of(List.of(
            hours(SATURDAY, "09:00", "13:00"),
            hours(MONDAY, "14:00", "19:00"),
            hours(MONDAY, "08:00", "13:00")));

    @Test
    void blocksComeBackInWeekOrderAndADayWithoutBlocksIsClosed() {
        assertThat(LUNCH_CLOSURE.blocks()).containsExactly(
                hours(MONDAY, "08:00", "13:00"), hours(MONDAY, "14:00", "19:00"), hours(SATURDAY, "09:00", "13:00"));
        assertThat(LUNCH_CLOSURE.describe(MONDAY)).isEqualTo("08:00–13:00, 14:00–19:00");
        assertThat(LUNCH_CLOSURE.describe(SUNDAY)).isEqualTo("closed");
    }

    @Test
    void hoursAreCoveredOnlyWhenTheyFitIntoOneBlock() {
        assertThat(LUNCH_CLOSURE.covers(MONDAY, time("08:00"), time("13:00"))).isTrue();
        assertThat(LUNCH_CLOSURE.covers(MONDAY, time("15:00"), time("19:00"))).isTrue();
        assertThat(LUNCH_CLOSURE.covers(MONDAY, time("12:00"), time("15:00"))).as("across the lunch closure").isFalse();
        assertThat(LUNCH_CLOSURE.covers(MONDAY, time("07:59"), time("10:00"))).isFalse();
        assertThat(LUNCH_CLOSURE.covers(SATURDAY, time("12:00"), time("13:01"))).isFalse();
        assertThat(LUNCH_CLOSURE.covers(SUNDAY, time("10:00"), time("11:00"))).isFalse();
    }

    @Test
    void aBlockClosesAfterItOpensAndBlocksOfADayDoNotOverlap() {
        assertThatThrownBy(() -> WeeklyOpeningHours.of(List.of(hours(MONDAY, "19:00", "08:00"))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("openingHours[0].closesAt"));
        assertThatThrownBy(() -> WeeklyOpeningHours.of(List.of(hours(MONDAY, "08:00", "13:00"), hours(MONDAY, "12:00", "19:00"))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("openingHours[1].opensAt");
                    assertThat(v.getMessage()).contains("overlaps openingHours[0]");
                });
        assertThat(WeeklyOpeningHours.of(List.of()).describe(MONDAY)).isEqualTo("closed");
    }

    private static OpeningHours hours(DayOfWeek day, String opensAt, String closesAt) {
        return new OpeningHours(day, time(opensAt), time(closesAt));
    }

    private static LocalTime time(String value) {
        return LocalTime.parse(value);
    }
}
