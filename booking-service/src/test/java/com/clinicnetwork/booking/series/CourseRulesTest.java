package com.clinicnetwork.booking.series;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.appointment.BookingContext;
import com.clinicnetwork.booking.appointment.BookingParties;
import com.clinicnetwork.booking.appointment.BookingRejectedException;
import com.clinicnetwork.booking.appointment.BookingRejectedException.Reason;
import com.clinicnetwork.booking.appointment.Slot;
import com.clinicnetwork.booking.availability.Interval;
import com.clinicnetwork.booking.availability.RoomSchedule;
import com.clinicnetwork.booking.availability.RoomSchedule.RoomTime;
import com.clinicnetwork.booking.availability.TherapistSchedule;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.Therapist;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.booking.policy.BookingPolicy;
import com.clinicnetwork.booking.series.CourseUnavailableException.Occurrence;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CourseRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
    private static final UUID LOCATION_ID = UUID.randomUUID();
    private static final UUID TREATMENT_ID = UUID.randomUUID();
    private static final UUID THERAPIST_ID = UUID.randomUUID();
    private static final BookingParties PARTIES = new BookingParties(
            new Location(LOCATION_ID, ZoneId.of("Europe/London"), true),
            new Treatment(TREATMENT_ID, Duration.ofHours(1), Duration.ofMinutes(15), true, null),
            new Therapist(THERAPIST_ID, true, Set.of(LOCATION_ID), Set.of(TREATMENT_ID), List.of()));
    /** Three Tuesdays, 09:00 to 17:00 (London is on GMT then). */
    private static final BookingContext THREE_TUESDAYS = new BookingContext(PARTIES, new TherapistSchedule(THERAPIST_ID,
            List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T17:00:00Z"), interval("2026-12-08T09:00:00Z", "2026-12-08T17:00:00Z"),
                    interval("2026-12-15T09:00:00Z", "2026-12-15T17:00:00Z")),
            List.of(), List.of()));
    private static final BookingPolicy POLICY = new BookingPolicy(Duration.ofHours(2), Duration.ofDays(90),
            Duration.ofMinutes(15), Duration.ofHours(24));
    private static final List<Instant> WEEKLY_AT_TEN = List.of(Instant.parse("2026-12-01T10:00:00Z"),
            Instant.parse("2026-12-08T10:00:00Z"), Instant.parse("2026-12-15T10:00:00Z"));

    @Test
    void aCourseWhoseEveryStartIsFreeTakesASlotPerSession() {
        CourseRules.Plan plan = CourseRules.plan(THREE_TUESDAYS, WEEKLY_AT_TEN, POLICY, NOW, List.of(), RoomSchedule.NOT_NEEDED);

        assertThat(plan.unavailable()).isEmpty();
        assertThat(plan.slots()).extracting(Slot::startsAt).containsExactlyElementsOf(WEEKLY_AT_TEN);
        assertThat(plan.slots().get(0)).isEqualTo(new Slot(THERAPIST_ID, WEEKLY_AT_TEN.get(0),
                Instant.parse("2026-12-01T11:00:00Z"), Instant.parse("2026-12-01T11:15:00Z")));
    }

    @Test
    void aStartOverlappingWhatIsTakenIncludingItsBufferIsTaken() {
        Slot someoneElses = new Slot(THERAPIST_ID, Instant.parse("2026-12-08T08:45:00Z"), Instant.parse("2026-12-08T09:45:00Z"),
                Instant.parse("2026-12-08T10:00:01Z"));

        CourseRules.Plan plan = CourseRules.plan(THREE_TUESDAYS, WEEKLY_AT_TEN, POLICY, NOW, List.of(someoneElses),
                RoomSchedule.NOT_NEEDED);

        assertThat(plan.unavailable()).containsExactly(Occurrence.taken(WEEKLY_AT_TEN.get(1)));
    }

    @Test
    void aStartOverlappingAnEarlierSessionOfTheSameCourseIsTaken() {
        List<Instant> halfAnHourApart = List.of(WEEKLY_AT_TEN.get(0), WEEKLY_AT_TEN.get(0).plus(Duration.ofMinutes(30)));

        CourseRules.Plan plan = CourseRules.plan(THREE_TUESDAYS, halfAnHourApart, POLICY, NOW, List.of(), RoomSchedule.NOT_NEEDED);

        assertThat(plan.slots()).extracting(Slot::startsAt).containsExactly(WEEKLY_AT_TEN.get(0));
        assertThat(plan.unavailable()).containsExactly(Occurrence.taken(halfAnHourApart.get(1)));
    }

    @Test
    void everyStartTheRulesRefuseIsNamedWithItsReasonRefusalsFirst() {
        Instant lateOnTheSecondTuesday = Instant.parse("2026-12-08T16:30:00Z");
        Instant beyondTheHorizon = Instant.parse("2027-03-02T10:00:00Z");
        Slot takenAndOutsideHours = new Slot(THERAPIST_ID, lateOnTheSecondTuesday, lateOnTheSecondTuesday.plus(Duration.ofHours(1)),
                lateOnTheSecondTuesday.plus(Duration.ofMinutes(75)));

        CourseRules.Plan plan = CourseRules.plan(THREE_TUESDAYS,
                List.of(WEEKLY_AT_TEN.get(0), lateOnTheSecondTuesday, beyondTheHorizon), POLICY, NOW, List.of(takenAndOutsideHours),
                RoomSchedule.NOT_NEEDED);

        assertThat(plan.unavailable()).extracting(Occurrence::startsAt).containsExactly(lateOnTheSecondTuesday, beyondTheHorizon);
        assertThat(plan.unavailable()).extracting(occurrence -> occurrence.ruledOut().orElseThrow().reason())
                .containsExactly(Reason.OUTSIDE_WORKING_HOURS, Reason.OUTSIDE_BOOKING_WINDOW);
    }

    @Test
    void aCourseTheDirectoryRulesOutAsAWholeNamesEveryStart() {
        BookingRejectedException notOffered = new BookingRejectedException(Reason.NOT_OFFERED, "therapistId", "not here");

        CourseRules.Plan plan = CourseRules.ruledOut(WEEKLY_AT_TEN, notOffered);

        assertThat(plan.slots()).isEmpty();
        assertThat(plan.unavailable()).containsExactly(Occurrence.ruledOut(WEEKLY_AT_TEN.get(0), notOffered),
                Occurrence.ruledOut(WEEKLY_AT_TEN.get(1), notOffered), Occurrence.ruledOut(WEEKLY_AT_TEN.get(2), notOffered));
    }

    @Test
    void everySessionGetsTheFirstRoomByNameThatIsFreeForItAndItsBuffer() {
        UUID roomA = UUID.randomUUID();
        UUID roomB = UUID.randomUUID();
        // Room A's session of another therapist ends at 10:00 on the first Tuesday and its buffer a second later.
        RoomSchedule rooms = RoomSchedule.of(List.of(
                new RoomTime(roomA, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T10:00:01Z"))),
                new RoomTime(roomB, List.of())));

        CourseRules.Plan plan = CourseRules.plan(THREE_TUESDAYS, WEEKLY_AT_TEN, POLICY, NOW, List.of(), rooms);

        assertThat(plan.unavailable()).isEmpty();
        assertThat(plan.sessions()).extracting(CourseRules.Session::roomId).containsExactly(roomB, roomA, roomA);
    }

    @Test
    void aStartWhereTheTherapistIsFreeButEveryRoomIsTakenIsRoomTaken() {
        UUID onlyRoom = UUID.randomUUID();
        RoomSchedule rooms = RoomSchedule.of(List.of(
                new RoomTime(onlyRoom, List.of(interval("2026-12-08T10:30:00Z", "2026-12-08T11:45:00Z")))));

        CourseRules.Plan plan = CourseRules.plan(THREE_TUESDAYS, WEEKLY_AT_TEN, POLICY, NOW, List.of(), rooms);

        assertThat(plan.unavailable()).containsExactly(Occurrence.roomTaken(WEEKLY_AT_TEN.get(1)));
        assertThat(plan.sessions()).extracting(CourseRules.Session::roomId).containsExactly(onlyRoom, onlyRoom);
    }

    @Test
    void aTreatmentThatNeedsARoomAtALocationWithoutOneOfItsKindCannotBeBooked() {
        CourseRules.Plan plan = CourseRules.plan(THREE_TUESDAYS, WEEKLY_AT_TEN, POLICY, NOW, List.of(),
                RoomSchedule.of(List.of()));

        assertThat(plan.sessions()).isEmpty();
        assertThat(plan.unavailable()).extracting(Occurrence::roomTaken).containsOnly(true);
    }

    @Test
    void sessionsOfATreatmentThatNeedsNoRoomGetNone() {
        CourseRules.Plan plan = CourseRules.plan(THREE_TUESDAYS, WEEKLY_AT_TEN, POLICY, NOW, List.of(), RoomSchedule.NOT_NEEDED);

        assertThat(plan.sessions()).extracting(CourseRules.Session::roomId).containsOnlyNulls();
    }

    private static Interval interval(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }
}
