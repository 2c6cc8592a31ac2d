package com.clinicnetwork.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.directory.ExtraHours;
import com.clinicnetwork.booking.directory.OpeningHours;
import com.clinicnetwork.booking.directory.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AvailabilityEngineTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final UUID MAYA = UUID.fromString("20000000-0000-4000-8000-000000000001");
    private static final UUID OMAR = UUID.fromString("20000000-0000-4000-8000-000000000002");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_AHEAD = Instant.parse("2100-01-01T00:00:00Z");

    @Test
    void slotsStepByTheIntervalFromTheBlockStartAndTheSessionMustFitTheBlock() {
        TherapistSchedule maya = schedule(MAYA, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T11:00:00Z")), List.of());

        List<FreeSlot> slots = AvailabilityEngine.freeSlots(inputs(HOUR, Duration.ZERO, Duration.ofMinutes(30), maya));

        assertThat(slots).extracting(FreeSlot::startsAt).containsExactly(
                Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T09:30:00Z"), Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(slots.get(0).endsAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void theBufferMustNotRunIntoTheNextAppointmentButMayRunPastTheBlock() {
        TherapistSchedule maya = schedule(MAYA, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T12:00:00Z")),
                List.of(interval("2026-12-01T10:30:00Z", "2026-12-01T10:45:00Z")));

        List<FreeSlot> slots = AvailabilityEngine.freeSlots(inputs(HOUR, QUARTER, QUARTER, maya));

        // 09:15 would end at 10:15 and its buffer at 10:30: just fits. 09:30 would buffer into the appointment.
        // After it, 10:45 is free, and 11:00 may end with the block although its buffer runs past.
        assertThat(slots).extracting(FreeSlot::startsAt).containsExactly(
                Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T09:15:00Z"),
                Instant.parse("2026-12-01T10:45:00Z"), Instant.parse("2026-12-01T11:00:00Z"));
    }

    @Test
    void unavailableTimeRemovesSlotsLikeAppointmentsDo() {
        TherapistSchedule maya = new TherapistSchedule(MAYA, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T12:00:00Z")),
                List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T11:00:00Z")), List.of());

        assertThat(AvailabilityEngine.freeSlots(inputs(HOUR, Duration.ZERO, HOUR, maya))).extracting(FreeSlot::startsAt)
                .containsExactly(Instant.parse("2026-12-01T11:00:00Z"));
    }

    @Test
    void noticeAndHorizonCutTheRangeAndTheGridStaysOnTheBlockStart() {
        TherapistSchedule maya = schedule(MAYA, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T17:00:00Z")), List.of());
        AvailabilityInputs inputs = new AvailabilityInputs(HOUR, Duration.ZERO, Duration.ofMinutes(30),
                Instant.parse("2026-12-01T10:10:00Z"), Instant.parse("2026-12-01T12:00:00Z"), List.of(maya),
                RoomSchedule.NOT_NEEDED);

        assertThat(AvailabilityEngine.freeSlots(inputs)).extracting(FreeSlot::startsAt).containsExactly(
                Instant.parse("2026-12-01T10:30:00Z"), Instant.parse("2026-12-01T11:00:00Z"), Instant.parse("2026-12-01T11:30:00Z"));
    }

    @Test
    void aSlotIsOfferedOnlyWhenSomeRoomTheTreatmentNeedsIsFreeForTheSessionAndItsBuffer() {
        TherapistSchedule maya = schedule(MAYA, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T12:00:00Z")), List.of());
        TherapistSchedule omar = schedule(OMAR, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T12:00:00Z")), List.of());
        // The only table: another therapist's session 10:00-10:45 with its buffer.
        RoomSchedule oneTable = RoomSchedule.of(List.of(new RoomSchedule.RoomTime(UUID.randomUUID(),
                List.of(interval("2026-12-01T10:00:00Z", "2026-12-01T10:45:00Z")))));
        AvailabilityInputs inputs = new AvailabilityInputs(HOUR, QUARTER, HOUR, LONG_AGO, FAR_AHEAD, List.of(maya, omar),
                oneTable);

        // 09:00 would buffer until 10:15, into the table's session; both therapists are free all morning.
        assertThat(AvailabilityEngine.freeSlots(inputs)).extracting(FreeSlot::startsAt).containsExactly(
                Instant.parse("2026-12-01T11:00:00Z"), Instant.parse("2026-12-01T11:00:00Z"));
    }

    @Test
    void aTreatmentThatNeedsAKindOfRoomTheLocationDoesNotHaveIsNeverOffered() {
        TherapistSchedule maya = schedule(MAYA, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T12:00:00Z")), List.of());

        assertThat(AvailabilityEngine.freeSlots(new AvailabilityInputs(HOUR, QUARTER, HOUR, LONG_AGO, FAR_AHEAD, List.of(maya),
                RoomSchedule.of(List.of())))).isEmpty();
    }

    @Test
    void slotsOfSeveralTherapistsComeEarliestFirst() {
        TherapistSchedule maya = schedule(MAYA, List.of(interval("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z")), List.of());
        TherapistSchedule omar = schedule(OMAR, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T11:00:00Z")), List.of());

        assertThat(AvailabilityEngine.freeSlots(inputs(HOUR, Duration.ZERO, HOUR, maya, omar)))
                .containsExactly(new FreeSlot(OMAR, Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T10:00:00Z")),
                        new FreeSlot(MAYA, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T11:00:00Z")),
                        new FreeSlot(OMAR, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T11:00:00Z")));
    }

    @Test
    void onTheSpringForwardSundayTheSameWallClockHoursAreAnHourEarlierInUtc() {
        // London moves to BST on 2026-03-29: 09:00-12:00 local is 09:00Z-12:00Z on Saturday, 08:00Z-11:00Z on Sunday.
        List<Interval> blocks = WeeklyHours.onDates(List.of(hours(DayOfWeek.SATURDAY, "09:00", "12:00"),
                hours(DayOfWeek.SUNDAY, "09:00", "12:00")), LONDON, LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29"));

        List<FreeSlot> slots = AvailabilityEngine.freeSlots(inputs(HOUR, Duration.ZERO, HOUR, schedule(MAYA, blocks, List.of())));

        assertThat(slots).extracting(FreeSlot::startsAt).containsExactly(
                Instant.parse("2026-03-28T09:00:00Z"), Instant.parse("2026-03-28T10:00:00Z"), Instant.parse("2026-03-28T11:00:00Z"),
                Instant.parse("2026-03-29T08:00:00Z"), Instant.parse("2026-03-29T09:00:00Z"), Instant.parse("2026-03-29T10:00:00Z"));
        assertThat(slots).allSatisfy(slot -> assertThat(slot.startsAt().atZone(LONDON).toLocalTime())
                .isIn(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(11, 0)));
    }

    @Test
    void aBlockAcrossTheSpringForwardGapHasOneHourFewerSlots() {
        List<Interval> blocks = WeeklyHours.onDates(List.of(hours(DayOfWeek.SUNDAY, "00:00", "04:00")), LONDON,
                LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"));

        assertThat(AvailabilityEngine.freeSlots(inputs(HOUR, Duration.ZERO, HOUR, schedule(MAYA, blocks, List.of()))))
                .extracting(slot -> slot.startsAt().atZone(LONDON).toLocalTime())
                .containsExactly(LocalTime.of(0, 0), LocalTime.of(2, 0), LocalTime.of(3, 0));
    }

    @Test
    void aBlockAcrossTheFallBackOverlapHasOneHourMoreSlots() {
        // 2026-10-25: 01:00-02:00 local happens twice; 00:00-03:00 local is four real hours.
        List<Interval> blocks = WeeklyHours.onDates(List.of(hours(DayOfWeek.SUNDAY, "00:00", "03:00")), LONDON,
                LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-25"));

        List<FreeSlot> slots = AvailabilityEngine.freeSlots(inputs(HOUR, Duration.ZERO, HOUR, schedule(MAYA, blocks, List.of())));

        assertThat(slots).extracting(FreeSlot::startsAt).containsExactly(
                Instant.parse("2026-10-24T23:00:00Z"), Instant.parse("2026-10-25T00:00:00Z"),
                Instant.parse("2026-10-25T01:00:00Z"), Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void aBlockWhollyInsideTheSpringForwardGapDoesNotExistThatDay() {
        assertThat(WeeklyHours.onDates(List.of(hours(DayOfWeek.SUNDAY, "01:00", "02:00")), LONDON,
                LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"))).isEmpty();
    }

    @Test
    void extraHoursOverlappingWeeklyHoursOfferEachStartOnce() {
        TherapistSchedule maya = schedule(MAYA, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T11:00:00Z"),
                interval("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z")), List.of());

        assertThat(AvailabilityEngine.freeSlots(inputs(HOUR, Duration.ZERO, HOUR, maya))).extracting(FreeSlot::startsAt)
                .containsExactly(Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T10:00:00Z"),
                        Instant.parse("2026-12-01T11:00:00Z"));
    }

    @Test
    void workingHoursAreCutToOpeningHours() {
        List<Interval> working = List.of(interval("2026-12-01T08:00:00Z", "2026-12-01T20:00:00Z"));
        List<Interval> open = WeeklyHours.openingOnDates(List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0),
                LocalTime.of(13, 0)), new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(17, 0))),
                LONDON, LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-01"));

        assertThat(WeeklyHours.intersect(working, open)).containsExactly(
                interval("2026-12-01T09:00:00Z", "2026-12-01T13:00:00Z"), interval("2026-12-01T14:00:00Z", "2026-12-01T17:00:00Z"));
    }

    @Test
    void extraHoursArePlacedOnTheirDateInTheLocationsZone() {
        assertThat(WeeklyHours.extraOnDates(List.of(new ExtraHours(UUID.randomUUID(), UUID.randomUUID(),
                LocalDate.parse("2026-07-04"), LocalTime.of(10, 0), LocalTime.of(12, 0))), LONDON))
                .containsExactly(interval("2026-07-04T09:00:00Z", "2026-07-04T11:00:00Z"));
    }

    @Test
    void aSessionFitsByTheSameRuleSlotsAreOfferedBy() {
        TherapistSchedule maya = new TherapistSchedule(MAYA,
                List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T12:00:00Z"), interval("2026-12-01T12:00:00Z", "2026-12-01T13:00:00Z")),
                List.of(interval("2026-12-01T10:30:00Z", "2026-12-01T11:00:00Z")),
                List.of(interval("2026-12-01T12:15:00Z", "2026-12-01T12:30:00Z")));

        assertThat(AvailabilityEngine.fit(maya, Instant.parse("2026-12-01T09:00:00Z"), HOUR, QUARTER)).isEqualTo(SessionFit.FREE);
        // Off the grid is fine; the buffer touching time off is not.
        assertThat(AvailabilityEngine.fit(maya, Instant.parse("2026-12-01T09:07:00Z"), HOUR, Duration.ZERO)).isEqualTo(SessionFit.FREE);
        assertThat(AvailabilityEngine.fit(maya, Instant.parse("2026-12-01T09:20:00Z"), HOUR, QUARTER))
                .isEqualTo(SessionFit.UNAVAILABLE);
        assertThat(AvailabilityEngine.fit(maya, Instant.parse("2026-12-01T11:05:00Z"), HOUR, QUARTER)).isEqualTo(SessionFit.BUSY);
        assertThat(AvailabilityEngine.fit(maya, Instant.parse("2026-12-01T08:59:00Z"), HOUR, QUARTER))
                .isEqualTo(SessionFit.OUTSIDE_WORKING_HOURS);
        assertThat(AvailabilityEngine.fit(maya, Instant.parse("2026-12-01T12:30:00Z"), HOUR, QUARTER))
                .isEqualTo(SessionFit.OUTSIDE_WORKING_HOURS);
        // Touching blocks count as one, as they do for offered slots.
        assertThat(AvailabilityEngine.fit(maya, Instant.parse("2026-12-01T11:30:00Z"), Duration.ofMinutes(45), Duration.ZERO))
                .isEqualTo(SessionFit.FREE);
    }

    @Test
    void everyOfferedSlotFitsAndEveryFittingGridStartIsOffered() {
        Random random = new Random(7);
        Instant base = Instant.parse("2026-12-01T08:00:00Z");
        for (int round = 0; round < 200; round++) {
            // Within one working day, so blocks, time off and appointments actually meet.
            TherapistSchedule maya = new TherapistSchedule(MAYA, randomIntervals(random, base, 3, 240, 12 * 60),
                    randomIntervals(random, base, 2, 90, 12 * 60), randomIntervals(random, base, 3, 75, 12 * 60));
            AvailabilityInputs inputs = inputs(HOUR, QUARTER, QUARTER, maya);
            List<FreeSlot> offered = AvailabilityEngine.freeSlots(inputs);

            for (FreeSlot slot : offered) {
                assertThat(AvailabilityEngine.fit(maya, slot.startsAt(), HOUR, QUARTER)).as("round %d, %s", round, slot)
                        .isEqualTo(SessionFit.FREE);
            }
            for (Interval block : AvailabilityEngine.merged(maya.working())) {
                for (Instant start = block.start(); start.isBefore(block.end()); start = start.plus(QUARTER)) {
                    boolean fits = AvailabilityEngine.fit(maya, start, HOUR, QUARTER) == SessionFit.FREE;
                    Instant candidate = start;
                    assertThat(offered.stream().anyMatch(slot -> slot.startsAt().equals(candidate)))
                            .as("round %d, start %s", round, start).isEqualTo(fits);
                }
            }
        }
    }

    @Test
    void nearestProposesTheClosestFreeStartsEitherSide() {
        TherapistSchedule maya = schedule(MAYA, List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T17:00:00Z")),
                List.of(interval("2026-12-01T11:00:00Z", "2026-12-01T12:15:00Z")));

        List<FreeSlot> nearest = AvailabilityEngine.nearest(inputs(HOUR, QUARTER, HOUR, maya),
                Instant.parse("2026-12-01T11:30:00Z"), 2);

        // Free: 09:00, then 13:00 onwards (10:00 and 12:00 would overlap the appointment with their buffer).
        assertThat(nearest).extracting(FreeSlot::startsAt)
                .containsExactly(Instant.parse("2026-12-01T13:00:00Z"), Instant.parse("2026-12-01T09:00:00Z"));
    }

    /**
     * Property: whatever the schedule, no returned slot (with its buffer) overlaps anything busy or
     * unavailable, and every session lies inside working time and inside the requested range.
     * Random schedules from a fixed seed, so a failure reproduces.
     */
    @Test
    void noSlotEverOverlapsWhatIsTakenOrLeavesWorkingHours() {
        Random random = new Random(20260329L);
        Instant base = Instant.parse("2026-03-23T00:00:00Z");
        for (int run = 0; run < 500; run++) {
            List<TherapistSchedule> therapists = new ArrayList<>();
            for (int t = 0; t < 1 + random.nextInt(4); t++) {
                therapists.add(new TherapistSchedule(UUID.randomUUID(), randomIntervals(random, base, 1 + random.nextInt(6), 600),
                        randomIntervals(random, base, random.nextInt(3), 300), randomIntervals(random, base, random.nextInt(12), 120)));
            }
            Duration duration = Duration.ofMinutes(15 + 15L * random.nextInt(8));
            Duration buffer = Duration.ofMinutes(5L * random.nextInt(4));
            Instant earliest = base.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
            Instant startsBefore = earliest.plus(Duration.ofMinutes(1 + random.nextInt(5 * 24 * 60)));
            AvailabilityInputs inputs = new AvailabilityInputs(duration, buffer, Duration.ofMinutes(5L + 5 * random.nextInt(12)),
                    earliest, startsBefore, therapists, RoomSchedule.NOT_NEEDED);

            for (FreeSlot slot : AvailabilityEngine.freeSlots(inputs)) {
                TherapistSchedule schedule = therapists.stream().filter(s -> s.therapistId().equals(slot.therapistId()))
                        .findFirst().orElseThrow();
                Interval session = new Interval(slot.startsAt(), slot.endsAt());
                Interval occupied = new Interval(slot.startsAt(), slot.endsAt().plus(buffer));
                assertThat(Duration.between(slot.startsAt(), slot.endsAt())).isEqualTo(duration);
                // Working time is the union of the blocks: touching or overlapping blocks form one.
                assertThat(AvailabilityEngine.merged(schedule.working())).anySatisfy(block -> assertThat(block.contains(session)).isTrue());
                assertThat(schedule.busy()).noneMatch(occupied::overlaps);
                assertThat(schedule.unavailable()).noneMatch(occupied::overlaps);
                assertThat(slot.startsAt()).isAfterOrEqualTo(earliest).isBefore(startsBefore);
            }
        }
    }

    private static List<Interval> randomIntervals(Random random, Instant base, int count, int maxMinutes) {
        return randomIntervals(random, base, count, maxMinutes, 7 * 24 * 60);
    }

    private static List<Interval> randomIntervals(Random random, Instant base, int count, int maxMinutes, int spreadMinutes) {
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = base.plus(Duration.ofMinutes(random.nextInt(spreadMinutes)));
            intervals.add(new Interval(start, start.plus(Duration.ofMinutes(1 + random.nextInt(maxMinutes)))));
        }
        return intervals;
    }

    private static AvailabilityInputs inputs(Duration duration, Duration buffer, Duration interval, TherapistSchedule... therapists) {
        return new AvailabilityInputs(duration, buffer, interval, LONG_AGO, FAR_AHEAD, List.of(therapists),
                RoomSchedule.NOT_NEEDED);
    }

    private static TherapistSchedule schedule(UUID therapistId, List<Interval> working, List<Interval> busy) {
        return new TherapistSchedule(therapistId, working, List.of(), busy);
    }

    private static Interval interval(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }

    private static WorkingHours hours(DayOfWeek day, String from, String to) {
        return new WorkingHours(UUID.randomUUID(), day, LocalTime.parse(from), LocalTime.parse(to));
    }
}
