package com.clinicnetwork.therapist.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.therapist.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    private static final UUID MANCHESTER = UUID.randomUUID();
    private static final UUID LEEDS = UUID.randomUUID();
    private static final Set<UUID> WORKS_AT_BOTH = Set.of(MANCHESTER, LEEDS);

    @Test
    void aDayWithALunchBreakAndAnotherLocationOnAnotherDayIsValidAndComesBackInWeekOrder() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(
                block(LEEDS, TUESDAY, "09:00", "17:00"),
                block(MANCHESTER, MONDAY, "13:00", "17:00"),
                block(MANCHESTER, MONDAY, "09:00", "12:00")), WORKS_AT_BOTH);

        assertThat(schedule.blocks()).containsExactly(
                block(MANCHESTER, MONDAY, "09:00", "12:00"),
                block(MANCHESTER, MONDAY, "13:00", "17:00"),
                block(LEEDS, TUESDAY, "09:00", "17:00"));
    }

    @Test
    void blocksThatTouchDoNotOverlap() {
        assertThat(WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "12:00"),
                block(LEEDS, MONDAY, "12:00", "17:00")), WORKS_AT_BOTH).blocks()).hasSize(2);
    }

    @Test
    void anEmptyWeekIsAllowed() {
        assertThat(WeeklySchedule.of(List.of(), WORKS_AT_BOTH).blocks()).isEmpty();
    }

    @Test
    void aBlockMustEndAfterItStarts() {
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "12:00"),
                block(MANCHESTER, TUESDAY, "17:00", "09:00")), WORKS_AT_BOTH), "workingHours[1].endsAt", "after");
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "09:00")), WORKS_AT_BOTH), "workingHours[0].endsAt", "after");
    }

    @Test
    void overlappingBlocksOnOneDayAreRejected() {
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "13:00"),
                block(MANCHESTER, MONDAY, "12:00", "17:00")), WORKS_AT_BOTH), "workingHours[1].startsAt", "overlaps workingHours[0]");
    }

    @Test
    void aTherapistIsNeverInTwoPlacesAtOnce() {
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "17:00"),
                block(LEEDS, TUESDAY, "09:00", "17:00"),
                block(LEEDS, MONDAY, "16:00", "18:00")), WORKS_AT_BOTH), "workingHours[2].startsAt", "at location " + MANCHESTER);
    }

    @Test
    void aBlockContainedInAnotherOverlapsIt() {
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "10:00", "11:00"),
                block(MANCHESTER, MONDAY, "09:00", "17:00")), WORKS_AT_BOTH), "workingHours[1].startsAt", "overlaps");
    }

    @Test
    void hoursOnlyAtLocationsTheTherapistWorksAt() {
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "17:00"),
                block(LEEDS, TUESDAY, "09:00", "17:00")), Set.of(MANCHESTER)), "workingHours[1].locationId", LEEDS.toString());
    }

    private static void assertViolation(ThrowingCallable call, String field, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.getMessage()).contains(messagePart);
        });
    }

    private static WorkingHoursBlock block(UUID location, DayOfWeek day, String startsAt, String endsAt) {
        return new WorkingHoursBlock(location, day, LocalTime.parse(startsAt), LocalTime.parse(endsAt));
    }
}
