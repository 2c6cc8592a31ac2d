package com.clinicnetwork.therapist.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.therapist.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
    /** Both locations open 08:00–20:00 every day except Sunday. */
    private static final OpeningHoursLookup OPEN_EXCEPT_SUNDAY = new OpeningHoursLookup() {
        @Override
        public boolean isOpen(UUID locationId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
            return WORKS_AT_BOTH.contains(locationId) && day != SUNDAY
                    && !startsAt.isBefore(LocalTime.of(8, 0)) && !endsAt.isAfter(LocalTime.of(20, 0));
        }

        @Override
        public String describe(UUID locationId, DayOfWeek day) {
            return day == SUNDAY ? "closed" : "08:00–20:00";
        }
    };

    @Test
    void aDayWithALunchBreakAndAnotherLocationOnAnotherDayIsValidAndComesBackInWeekOrder() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(
                block(LEEDS, TUESDAY, "09:00", "17:00"),
                block(MANCHESTER, MONDAY, "13:00", "17:00"),
                block(MANCHESTER, MONDAY, "09:00", "12:00")), WORKS_AT_BOTH, OPEN_EXCEPT_SUNDAY);

        assertThat(schedule.blocks()).containsExactly(
                block(MANCHESTER, MONDAY, "09:00", "12:00"),
                block(MANCHESTER, MONDAY, "13:00", "17:00"),
                block(LEEDS, TUESDAY, "09:00", "17:00"));
    }

    @Test
    void blocksThatTouchDoNotOverlap() {
        assertThat(WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "12:00"),
                block(LEEDS, MONDAY, "12:00", "17:00")), WORKS_AT_BOTH, OPEN_EXCEPT_SUNDAY).blocks()).hasSize(2);
    }

    @Test
    void anEmptyWeekIsAllowed() {
        assertThat(WeeklySchedule.of(List.of(), WORKS_AT_BOTH, OPEN_EXCEPT_SUNDAY).blocks()).isEmpty();
    }

    @Test
    void aBlockMustEndAfterItStarts() {
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "12:00"),
                block(MANCHESTER, TUESDAY, "17:00", "09:00")), WORKS_AT_BOTH, OPEN_EXCEPT_SUNDAY), "workingHours[1].endsAt", "after");
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "09:00")), WORKS_AT_BOTH, OPEN_EXCEPT_SUNDAY), "workingHours[0].endsAt", "after");
    }

    @Test
    void overlappingBlocksOnOneDayAreRejected() {
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "13:00"),
                block(MANCHESTER, MONDAY, "12:00", "17:00")), WORKS_AT_BOTH, OPEN_EXCEPT_SUNDAY), "workingHours[1].startsAt", "overlaps workingHours[0]");
    }

    @Test
    void aTherapistIsNeverInTwoPlacesAtOnce() {
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "17:00"),
                block(LEEDS, TUESDAY, "09:00", "17:00"),
                block(LEEDS, MONDAY, "16:00", "18:00")), WORKS_AT_BOTH, OPEN_EXCEPT_SUNDAY), "workingHours[2].startsAt", "at location " + MANCHESTER);
    }

    @Test
    void aBlockContainedInAnotherOverlapsIt() {
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "10:00", "11:00"),
                block(MANCHESTER, MONDAY, "09:00", "17:00")), WORKS_AT_BOTH, OPEN_EXCEPT_SUNDAY), "workingHours[1].startsAt", "overlaps");
    }

    @Test
    void hoursOnlyAtLocationsTheTherapistWorksAt() {
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "17:00"),
                block(LEEDS, TUESDAY, "09:00", "17:00")), Set.of(MANCHESTER), OPEN_EXCEPT_SUNDAY), "workingHours[1].locationId", LEEDS.toString());
    }

    @Test
    void hoursMustLieWithinTheOpeningHoursOfTheirLocation() {
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(MANCHESTER, MONDAY, "09:00", "17:00"),
                block(MANCHESTER, TUESDAY, "07:30", "12:00")), WORKS_AT_BOTH, OPEN_EXCEPT_SUNDAY),
                "workingHours[1].startsAt", "outside the opening hours");
        assertViolation(() -> WeeklySchedule.of(List.of(
                block(LEEDS, SUNDAY, "10:00", "12:00")), WORKS_AT_BOTH, OPEN_EXCEPT_SUNDAY),
                "workingHours[0].startsAt", "(closed)");
    }

    @Test
    void weeklyHoursAtOneLocationMustNotClashWithExtraHoursElsewhere() {
        LocalDate aMonday = LocalDate.of(2026, 12, 7);
        ExtraHours leedsMorning = new ExtraHours(UUID.randomUUID(), LEEDS, aMonday, LocalTime.of(9, 0), LocalTime.of(12, 0));
        WeeklySchedule week = WeeklySchedule.of(List.of(block(MANCHESTER, MONDAY, "11:00", "17:00")), WORKS_AT_BOTH,
                OPEN_EXCEPT_SUNDAY);

        assertViolation(() -> week.requireNoClashWith(List.of(leedsMorning)), "workingHours", "extra hours on 2026-12-07");
        ExtraHours manchesterMorning = new ExtraHours(UUID.randomUUID(), MANCHESTER, aMonday, LocalTime.of(9, 0),
                LocalTime.of(12, 0));
        assertThat(week.requireNoClashWith(List.of(manchesterMorning)).blocks()).hasSize(1);
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
