package com.clinicnetwork.therapist.schedule;

import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.therapist.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ScheduleExceptionsTest {

    private static final UUID MANCHESTER = UUID.randomUUID();
    private static final UUID LEEDS = UUID.randomUUID();
    private static final Set<UUID> WORKS_AT_BOTH = Set.of(MANCHESTER, LEEDS);
    /** 2026-12-05 is a Saturday. */
    private static final LocalDate SATURDAY_5TH = LocalDate.of(2026, 12, 5);
    /** Both open 09:00–14:00 on Saturdays only. */
    private static final OpeningHoursLookup SATURDAY_MORNINGS = new OpeningHoursLookup() {
        @Override
        public boolean isOpen(UUID locationId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
            return day == SATURDAY && !startsAt.isBefore(LocalTime.of(9, 0)) && !endsAt.isAfter(LocalTime.of(14, 0));
        }

        @Override
        public String describe(UUID locationId, DayOfWeek day) {
            return day == SATURDAY ? "09:00–14:00" : "closed";
        }
    };

    @Test
    void timeOffEndsAfterItStartsAndLastsAtMostAYear() {
        assertThatCode(() -> ScheduleExceptions.checkTimeOff(timeOff("2026-12-14T00:00Z", "2026-12-19T00:00Z"), List.of()))
                .doesNotThrowAnyException();
        assertViolation(() -> ScheduleExceptions.checkTimeOff(timeOff("2026-12-14T00:00Z", "2026-12-14T00:00Z"), List.of()),
                "endsAt", "after startsAt");
        assertViolation(() -> ScheduleExceptions.checkTimeOff(timeOff("2026-01-01T00:00Z", "2027-01-03T00:00Z"), List.of()),
                "endsAt", "366 days");
    }

    @Test
    void timeOffMustNotOverlapEarlierTimeOffButMayTouchIt() {
        List<TimeOff> booked = List.of(timeOff("2026-12-14T00:00Z", "2026-12-19T00:00Z"));

        assertViolation(() -> ScheduleExceptions.checkTimeOff(timeOff("2026-12-18T12:00Z", "2026-12-21T00:00Z"), booked),
                "startsAt", "overlaps time off " + booked.get(0).id());
        assertThatCode(() -> ScheduleExceptions.checkTimeOff(timeOff("2026-12-19T00:00Z", "2026-12-21T00:00Z"), booked))
                .doesNotThrowAnyException();
    }

    @Test
    void extraHoursOnAnOpenDayAtTheTherapistsLocationAreFine() {
        assertThatCode(() -> ScheduleExceptions.checkExtraHours(extra(MANCHESTER, SATURDAY_5TH, "09:00", "13:00"),
                WORKS_AT_BOTH, SATURDAY_MORNINGS, List.of(), List.of())).doesNotThrowAnyException();
    }

    @Test
    void extraHoursAreCheckedLikeWorkingHours() {
        assertViolation(() -> ScheduleExceptions.checkExtraHours(extra(MANCHESTER, SATURDAY_5TH, "13:00", "09:00"),
                WORKS_AT_BOTH, SATURDAY_MORNINGS, List.of(), List.of()), "endsAt", "after startsAt");
        assertViolation(() -> ScheduleExceptions.checkExtraHours(extra(MANCHESTER, SATURDAY_5TH, "09:00", "13:00"),
                Set.of(LEEDS), SATURDAY_MORNINGS, List.of(), List.of()), "locationId", MANCHESTER.toString());
        assertViolation(() -> ScheduleExceptions.checkExtraHours(extra(MANCHESTER, SATURDAY_5TH, "12:00", "15:00"),
                WORKS_AT_BOTH, SATURDAY_MORNINGS, List.of(), List.of()), "startsAt", "outside the opening hours");
        assertViolation(() -> ScheduleExceptions.checkExtraHours(extra(MANCHESTER, SATURDAY_5TH.plusDays(1), "09:00", "12:00"),
                WORKS_AT_BOTH, SATURDAY_MORNINGS, List.of(), List.of()), "startsAt", "(closed)");
    }

    @Test
    void extraHoursNeverPutTheTherapistInTwoPlacesAtOnce() {
        List<WorkingHoursBlock> leedsSaturdays = List.of(new WorkingHoursBlock(LEEDS, SATURDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)));
        assertViolation(() -> ScheduleExceptions.checkExtraHours(extra(MANCHESTER, SATURDAY_5TH, "10:00", "13:00"),
                WORKS_AT_BOTH, SATURDAY_MORNINGS, leedsSaturdays, List.of()), "startsAt", "weekly hours SATURDAY");
        assertThatCode(() -> ScheduleExceptions.checkExtraHours(extra(LEEDS, SATURDAY_5TH, "10:00", "13:00"),
                WORKS_AT_BOTH, SATURDAY_MORNINGS, leedsSaturdays, List.of()))
                .as("extending the hours at the same location").doesNotThrowAnyException();

        List<ExtraHours> leedsExtra = List.of(extra(LEEDS, SATURDAY_5TH, "09:00", "10:30"));
        assertViolation(() -> ScheduleExceptions.checkExtraHours(extra(MANCHESTER, SATURDAY_5TH, "10:00", "13:00"),
                WORKS_AT_BOTH, SATURDAY_MORNINGS, List.of(), leedsExtra), "startsAt", "extra hours " + leedsExtra.get(0).id());
        assertThatCode(() -> ScheduleExceptions.checkExtraHours(extra(MANCHESTER, SATURDAY_5TH, "10:30", "13:00"),
                WORKS_AT_BOTH, SATURDAY_MORNINGS, List.of(), leedsExtra)).doesNotThrowAnyException();
        assertThatCode(() -> ScheduleExceptions.checkExtraHours(extra(MANCHESTER, SATURDAY_5TH.plusWeeks(1), "09:00", "13:00"),
                WORKS_AT_BOTH, SATURDAY_MORNINGS, List.of(), leedsExtra)).as("another date").doesNotThrowAnyException();
    }

    private static TimeOff timeOff(String startsAt, String endsAt) {
        return new TimeOff(UUID.randomUUID(), OffsetDateTime.parse(startsAt), OffsetDateTime.parse(endsAt));
    }

    private static ExtraHours extra(UUID location, LocalDate date, String startsAt, String endsAt) {
        return new ExtraHours(UUID.randomUUID(), location, date, LocalTime.parse(startsAt), LocalTime.parse(endsAt));
    }

    private static void assertViolation(ThrowingCallable call, String field, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.getMessage()).contains(messagePart);
        });
    }
}
