package com.clinicnetwork.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.booking.appointment.BookingRejectedException.Reason;
import com.clinicnetwork.booking.availability.Interval;
import com.clinicnetwork.booking.availability.TherapistSchedule;
import com.clinicnetwork.booking.availability.WeeklyHours;
import com.clinicnetwork.booking.directory.ExtraHours;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.OpeningHours;
import com.clinicnetwork.booking.directory.Therapist;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.booking.directory.WorkingHours;
import com.clinicnetwork.booking.policy.BookingPolicy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

    private static final UUID LOCATION_ID = UUID.randomUUID();
    private static final UUID TREATMENT_ID = UUID.randomUUID();
    private static final UUID THERAPIST_ID = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static final Location LONDON = new Location(LOCATION_ID, ZoneId.of("Europe/London"), true);
    private static final Treatment ONE_HOUR = treatment(60, 15);
    /** Weekly hours alone: no opening hours known, no extra hours, no time off, nothing booked. */
    private static final Schedules WEEKLY_HOURS_ONLY = directory(List.of(), List.of(), List.of(), List.of());
    /** No notice, two years ahead: the policy stays out of the way of the other rules' tests. */
    private static final BookingPolicy POLICY = new BookingPolicy(Duration.ZERO, Duration.ofDays(730),
            Duration.ofMinutes(15), Duration.ofHours(24));

    @Test
    void aSessionInsideWorkingHoursOccupiesItsDurationPlusTheBuffer() {
        // 2026-12-01 is a Tuesday; London is on GMT then.
        Slot slot = slotFor(LONDON, ONE_HOUR, therapist(hours(DayOfWeek.TUESDAY, "09:00", "17:00")),
                Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(slot).isEqualTo(new Slot(THERAPIST_ID, Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T11:00:00Z"), Instant.parse("2026-12-01T11:15:00Z")));
    }

    @Test
    void aSessionMayFillTheBlockExactlyWhileTheBufferRunsPastItsEnd() {
        Therapist therapist = therapist(hours(DayOfWeek.TUESDAY, "09:00", "17:00"));

        assertThat(slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T09:00:00Z")).startsAt())
                .isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T16:00:00Z")).blockedUntil())
                .isEqualTo(Instant.parse("2026-12-01T17:15:00Z"));
    }

    @Test
    void aSessionStartingBeforeOrEndingAfterTheBlockIsRejected() {
        Therapist therapist = therapist(hours(DayOfWeek.TUESDAY, "09:00", "17:00"));

        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T08:59:00Z")),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T16:01:00Z")),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-02T10:00:00Z")),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
    }

    @Test
    void aSessionMustFitIntoOneBlockNotSpanABreak() {
        Therapist therapist = therapist(hours(DayOfWeek.TUESDAY, "09:00", "12:00"), hours(DayOfWeek.TUESDAY, "13:00", "17:00"));

        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T11:30:00Z")),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
        assertThat(slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T13:00:00Z"))).isNotNull();
    }

    @Test
    void workingHoursAtAnotherLocationDoNotCount() {
        UUID elsewhere = UUID.randomUUID();
        Therapist therapist = new Therapist(THERAPIST_ID, true, Set.of(LOCATION_ID, elsewhere), Set.of(TREATMENT_ID),
                List.of(new WorkingHours(elsewhere, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))));

        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T10:00:00Z")),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
    }

    @Test
    void workingHoursAreReadInTheLocationsTimeZoneIncludingSummerTime() {
        // 2026-03-29 is the Sunday London moves to BST: 09:00-17:00 local is 08:00Z-16:00Z that day.
        Therapist therapist = therapist(hours(DayOfWeek.SUNDAY, "09:00", "17:00"));

        assertThat(slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-03-29T08:00:00Z"))).isNotNull();
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-03-29T15:30:00Z")),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
        // The Sunday before, still GMT, the same wall-clock hours are 09:00Z-17:00Z.
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-03-22T08:00:00Z")),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
        assertThat(slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-03-22T16:00:00Z"))).isNotNull();
    }

    @Test
    void aBlockSpanningTheSpringForwardGapIsAnHourShorter() {
        // 00:00-03:00 local on 2026-03-29 lasts two real hours: 00:00Z to 02:00Z.
        Therapist therapist = therapist(hours(DayOfWeek.SUNDAY, "00:00", "03:00"));
        Instant midnight = Instant.parse("2026-03-29T00:00:00Z");

        assertThat(slotFor(LONDON, treatment(120, 0), therapist, midnight).endsAt()).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
        assertRejected(() -> slotFor(LONDON, treatment(150, 0), therapist, midnight), Reason.OUTSIDE_WORKING_HOURS, "startsAt");
    }

    @Test
    void aBlockSpanningTheFallBackOverlapIsAnHourLonger() {
        // 00:00-03:00 local on 2026-10-25 runs from 00:00 BST (23:00Z the day before) to 03:00 GMT: four real hours.
        Therapist therapist = therapist(hours(DayOfWeek.SUNDAY, "00:00", "03:00"));
        Instant localMidnight = Instant.parse("2026-10-24T23:00:00Z");

        assertThat(slotFor(LONDON, treatment(240, 0), therapist, localMidnight).endsAt())
                .isEqualTo(Instant.parse("2026-10-25T03:00:00Z"));
        assertRejected(() -> slotFor(LONDON, treatment(241, 0), therapist, localMidnight),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
    }

    @Test
    void eachLocationUsesItsOwnTimeZone() {
        Location berlin = new Location(LOCATION_ID, ZoneId.of("Europe/Berlin"), true);
        Therapist therapist = therapist(hours(DayOfWeek.TUESDAY, "09:00", "17:00"));

        // 09:00 in Berlin in winter is 08:00Z, which in London would be before opening.
        assertThat(slotFor(berlin, ONE_HOUR, therapist, Instant.parse("2026-12-01T08:00:00Z"))).isNotNull();
        assertRejected(() -> slotFor(berlin, ONE_HOUR, therapist, Instant.parse("2026-12-01T15:30:00Z")),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
    }

    @Test
    void unknownOrInactiveDirectoryEntriesAreRejectedNamingTheField() {
        Therapist therapist = therapist(hours(DayOfWeek.TUESDAY, "09:00", "17:00"));
        Instant start = Instant.parse("2026-12-01T10:00:00Z");

        assertRejected(() -> BookingRules.bookable(LOCATION_ID, Optional.empty(), TREATMENT_ID, Optional.of(ONE_HOUR),
                THERAPIST_ID, Optional.of(therapist)), Reason.NOT_BOOKABLE, "locationId");
        assertRejected(() -> slotFor(new Location(LOCATION_ID, LONDON.timeZone(), false), ONE_HOUR, therapist, start),
                Reason.NOT_BOOKABLE, "locationId");
        assertRejected(() -> BookingRules.bookable(LOCATION_ID, Optional.of(LONDON), TREATMENT_ID, Optional.empty(),
                THERAPIST_ID, Optional.of(therapist)), Reason.NOT_BOOKABLE, "treatmentId");
        assertRejected(() -> slotFor(LONDON, new Treatment(TREATMENT_ID, Duration.ofHours(1), Duration.ZERO, false, null), therapist, start),
                Reason.NOT_BOOKABLE, "treatmentId");
        assertRejected(() -> BookingRules.bookable(LOCATION_ID, Optional.of(LONDON), TREATMENT_ID, Optional.of(ONE_HOUR),
                THERAPIST_ID, Optional.empty()), Reason.NOT_BOOKABLE, "therapistId");
        Therapist inactive = new Therapist(THERAPIST_ID, false, therapist.locationIds(), therapist.treatmentIds(),
                therapist.workingHours());
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, inactive, start), Reason.NOT_BOOKABLE, "therapistId");
    }

    @Test
    void theTherapistMustWorkAtTheLocationAndOfferTheTreatment() {
        List<WorkingHours> hours = List.of(hours(DayOfWeek.TUESDAY, "09:00", "17:00"));
        Instant start = Instant.parse("2026-12-01T10:00:00Z");

        Therapist elsewhere = new Therapist(THERAPIST_ID, true, Set.of(UUID.randomUUID()), Set.of(TREATMENT_ID), hours);
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, elsewhere, start), Reason.NOT_OFFERED, "therapistId");
        Therapist otherTreatments = new Therapist(THERAPIST_ID, true, Set.of(LOCATION_ID), Set.of(UUID.randomUUID()), hours);
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, otherTreatments, start), Reason.NOT_OFFERED, "therapistId");
    }

    @Test
    void theSessionMustStartInTheFuture() {
        Therapist therapist = therapist(hours(DayOfWeek.THURSDAY, "00:00", "23:00"));

        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, NOW), Reason.IN_THE_PAST, "startsAt");
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, NOW.minusSeconds(3600)), Reason.IN_THE_PAST, "startsAt");
    }

    @Test
    void theLocationsMinimumNoticeAndHorizonBoundTheStart() {
        Therapist therapist = therapist(hours(DayOfWeek.THURSDAY, "00:00", "23:00"), hours(DayOfWeek.FRIDAY, "00:00", "23:00"));
        BookingPolicy twoHoursNoticeOneDayAhead = new BookingPolicy(Duration.ofHours(2), Duration.ofDays(1),
                Duration.ofMinutes(15), Duration.ofHours(24));

        assertRejected(() -> slotFor(therapist, NOW.plus(Duration.ofMinutes(119)), twoHoursNoticeOneDayAhead),
                Reason.OUTSIDE_BOOKING_WINDOW, "startsAt");
        assertThat(slotFor(therapist, NOW.plus(Duration.ofHours(2)), twoHoursNoticeOneDayAhead)).isNotNull();
        assertThat(slotFor(therapist, NOW.plus(Duration.ofHours(22)), twoHoursNoticeOneDayAhead)).isNotNull();
        assertRejected(() -> slotFor(therapist, NOW.plus(Duration.ofDays(1)), twoHoursNoticeOneDayAhead),
                Reason.OUTSIDE_BOOKING_WINDOW, "startsAt");
    }

    private static Slot slotFor(Therapist therapist, Instant startsAt, BookingPolicy policy) {
        return BookingRules.slotFor(context(LONDON, ONE_HOUR, therapist, startsAt, WEEKLY_HOURS_ONLY), startsAt, policy, NOW);
    }

    private static Slot slotFor(Location location, Treatment treatment, Therapist therapist, Instant startsAt) {
        return slotFor(location, treatment, therapist, startsAt, WEEKLY_HOURS_ONLY);
    }

    private static Slot slotFor(Location location, Treatment treatment, Therapist therapist, Instant startsAt,
            Schedules schedules) {
        return BookingRules.slotFor(context(location, treatment, therapist, startsAt, schedules), startsAt, POLICY, NOW);
    }

    /** What a command loads for one start: the three judged bookable together, and the schedule around the session. */
    private static BookingContext context(Location location, Treatment treatment, Therapist therapist, Instant startsAt,
            Schedules schedules) {
        BookingParties parties = BookingRules.bookable(LOCATION_ID, Optional.of(location), TREATMENT_ID, Optional.of(treatment),
                THERAPIST_ID, Optional.of(therapist));
        return new BookingContext(parties, schedules.around(location, therapist, parties.spanOf(List.of(startsAt))));
    }

    /** The therapist's schedule at a location around a span, as availability builds it. */
    @FunctionalInterface
    private interface Schedules {
        TherapistSchedule around(Location location, Therapist therapist, Interval span);
    }

    /**
     * A schedule as availability assembles it from the directory ({@link WeeklyHours#working}), from plain
     * values: the therapist's weekly hours plus {@code extra}, cut to {@code opening}, with {@code timeOff}
     * unavailable and {@code busy} taken.
     */
    private static Schedules directory(List<OpeningHours> opening, List<ExtraHours> extra,
            List<Interval> timeOff, List<Interval> busy) {
        return (location, therapist, span) -> {
            LocalDate first = span.start().atZone(location.timeZone()).toLocalDate().minusDays(1);
            LocalDate last = span.end().atZone(location.timeZone()).toLocalDate().plusDays(1);
            List<Interval> open = WeeklyHours.openingOnDates(opening, location.timeZone(), first, last);
            return new TherapistSchedule(therapist.id(), WeeklyHours.working(therapist.workingHoursAt(location.id()), extra,
                    open, location.timeZone(), first, last), timeOff, busy);
        };
    }

    @Test
    void timeOffDuringTheSessionOrItsBufferMakesTheTherapistUnavailable() {
        Therapist therapist = therapist(hours(DayOfWeek.TUESDAY, "09:00", "17:00"));
        Schedules offAfterLunch = directory(List.of(), List.of(),
                List.of(interval("2026-12-01T13:00:00Z", "2026-12-01T15:00:00Z")), List.of());

        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T14:00:00Z"), offAfterLunch),
                Reason.THERAPIST_UNAVAILABLE, "startsAt");
        // 11:50-12:50 is clear, but its 15-minute buffer runs into the time off.
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T11:50:00Z"), offAfterLunch),
                Reason.THERAPIST_UNAVAILABLE, "startsAt");
        assertThat(slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T11:45:00Z"), offAfterLunch)).isNotNull();
        assertThat(slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T15:00:00Z"), offAfterLunch)).isNotNull();
    }

    @Test
    void extraHoursMakeADayWithoutWeeklyHoursBookable() {
        Therapist tuesdaysOnly = therapist(hours(DayOfWeek.TUESDAY, "09:00", "17:00"));
        // 2026-12-05 is a Saturday.
        Schedules saturdayClinic = directory(List.of(), List.of(new ExtraHours(UUID.randomUUID(), LOCATION_ID,
                LocalDate.parse("2026-12-05"), LocalTime.of(9, 0), LocalTime.of(12, 0))), List.of(), List.of());

        assertThat(slotFor(LONDON, ONE_HOUR, tuesdaysOnly, Instant.parse("2026-12-05T11:00:00Z"), saturdayClinic)).isNotNull();
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, tuesdaysOnly, Instant.parse("2026-12-05T11:30:00Z"), saturdayClinic),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, tuesdaysOnly, Instant.parse("2026-12-05T11:00:00Z")),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
    }

    @Test
    void extraHoursAdjoiningWeeklyHoursLetASessionRunAcrossTheSeam() {
        Therapist therapist = therapist(hours(DayOfWeek.TUESDAY, "09:00", "17:00"));
        Schedules eveningExtra = directory(List.of(), List.of(new ExtraHours(UUID.randomUUID(), LOCATION_ID,
                LocalDate.parse("2026-12-01"), LocalTime.of(17, 0), LocalTime.of(19, 0))), List.of(), List.of());

        assertThat(slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T16:30:00Z"), eveningExtra)).isNotNull();
    }

    @Test
    void workingHoursCountOnlyWhileTheLocationIsOpen() {
        Therapist therapist = therapist(hours(DayOfWeek.TUESDAY, "08:00", "20:00"));
        Schedules openNineToFive = directory(List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0),
                LocalTime.of(17, 0))), List.of(), List.of(), List.of());

        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T08:00:00Z"), openNineToFive),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T16:30:00Z"), openNineToFive),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
        assertThat(slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T16:00:00Z"), openNineToFive)).isNotNull();
        Schedules closedOnTuesdays = directory(List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0),
                LocalTime.of(17, 0))), List.of(), List.of(), List.of());
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T10:00:00Z"), closedOnTuesdays),
                Reason.OUTSIDE_WORKING_HOURS, "startsAt");
    }

    @Test
    void aStartOffTheSlotGridIsBookableInsideWorkingHours() {
        // The grid only spaces the starts a search offers; staff may book 10:07 if the therapist is free.
        Therapist therapist = therapist(hours(DayOfWeek.TUESDAY, "09:00", "17:00"));

        assertThat(slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T10:07:00Z")).startsAt())
                .isEqualTo(Instant.parse("2026-12-01T10:07:00Z"));
    }

    @Test
    void busyTimeInTheScheduleIsATakenSlot() {
        Therapist therapist = therapist(hours(DayOfWeek.TUESDAY, "09:00", "17:00"));
        Schedules booked = directory(List.of(), List.of(), List.of(),
                List.of(interval("2026-12-01T10:30:00Z", "2026-12-01T11:45:00Z")));

        assertThatThrownBy(() -> slotFor(LONDON, ONE_HOUR, therapist, Instant.parse("2026-12-01T10:00:00Z"), booked))
                .isInstanceOf(SlotTakenException.class);
    }

    @Test
    void aHeldSlotIgnoresTheBookingWindowButNotTheTherapistsScheduleOrTheClock() {
        Therapist therapist = therapist(hours(DayOfWeek.THURSDAY, "00:00", "23:00"));
        Schedules offFromThree = directory(List.of(), List.of(),
                List.of(interval("2026-01-01T03:00:00Z", "2026-01-01T05:00:00Z")), List.of());
        Instant inOneHour = NOW.plus(Duration.ofHours(1));

        // An hour ahead is inside most locations' minimum notice, yet a held slot stays bookable: the offer honoured it.
        assertThat(heldSlotFor(therapist, inOneHour, offFromThree).startsAt()).isEqualTo(inOneHour);
        assertRejected(() -> heldSlotFor(therapist, NOW.plus(Duration.ofHours(3)), offFromThree),
                Reason.THERAPIST_UNAVAILABLE, "startsAt");
        assertRejected(() -> heldSlotFor(therapist, NOW, offFromThree), Reason.IN_THE_PAST, "startsAt");
    }

    private static Slot heldSlotFor(Therapist therapist, Instant startsAt, Schedules schedules) {
        return BookingRules.heldSlotFor(context(LONDON, ONE_HOUR, therapist, startsAt, schedules), startsAt, NOW);
    }

    @Test
    void oneScheduleAroundSeveralStartsJudgesEachStartAsItsOwnScheduleWould() {
        // Tuesdays 09:00-17:00 with a week off in between: what a course loads once for all its sessions.
        Therapist therapist = therapist(hours(DayOfWeek.TUESDAY, "09:00", "17:00"));
        Schedules weekOff = directory(List.of(), List.of(),
                List.of(interval("2026-12-07T00:00:00Z", "2026-12-14T00:00:00Z")), List.of());
        List<Instant> starts = List.of(Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"),
                Instant.parse("2026-12-15T16:30:00Z"), Instant.parse("2026-12-22T16:00:00Z"));
        BookingParties parties = BookingRules.bookable(LOCATION_ID, Optional.of(LONDON), TREATMENT_ID, Optional.of(ONE_HOUR),
                THERAPIST_ID, Optional.of(therapist));
        BookingContext wholeCourse = new BookingContext(parties, weekOff.around(LONDON, therapist, parties.spanOf(starts)));

        assertThat(parties.spanOf(starts)).isEqualTo(interval("2026-12-01T10:00:00Z", "2026-12-22T17:15:00Z"));
        assertThat(BookingRules.slotFor(wholeCourse, starts.get(0), POLICY, NOW)).isEqualTo(slotFor(LONDON, ONE_HOUR, therapist,
                starts.get(0), weekOff));
        assertRejected(() -> BookingRules.slotFor(wholeCourse, starts.get(1), POLICY, NOW), Reason.THERAPIST_UNAVAILABLE,
                "startsAt");
        assertRejected(() -> slotFor(LONDON, ONE_HOUR, therapist, starts.get(1), weekOff), Reason.THERAPIST_UNAVAILABLE,
                "startsAt");
        assertRejected(() -> BookingRules.slotFor(wholeCourse, starts.get(2), POLICY, NOW), Reason.OUTSIDE_WORKING_HOURS,
                "startsAt");
        assertThat(BookingRules.slotFor(wholeCourse, starts.get(3), POLICY, NOW)).isEqualTo(slotFor(LONDON, ONE_HOUR, therapist,
                starts.get(3), weekOff));
    }

    private static Interval interval(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }

    private static void assertRejected(ThrowingCallable booking, Reason reason, String field) {
        assertThatThrownBy(booking)
                .isInstanceOfSatisfying(BookingRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    private static Treatment treatment(int minutes, int bufferMinutes) {
        return new Treatment(TREATMENT_ID, Duration.ofMinutes(minutes), Duration.ofMinutes(bufferMinutes), true, null);
    }

    private static WorkingHours hours(DayOfWeek day, String from, String to) {
        return new WorkingHours(LOCATION_ID, day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Therapist therapist(WorkingHours... hours) {
        return new Therapist(THERAPIST_ID, true, Set.of(LOCATION_ID), Set.of(TREATMENT_ID), List.of(hours));
    }
}
