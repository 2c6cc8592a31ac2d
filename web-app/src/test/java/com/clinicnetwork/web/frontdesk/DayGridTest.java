package com.clinicnetwork.web.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.staff.DirectoryLocation.OpeningHours;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.DirectoryTherapist.TimeOff;
import com.clinicnetwork.web.staff.DirectoryTherapist.WorkingHours;
import com.clinicnetwork.web.staff.DirectoryTherapist;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DayGridTest {

    static final UUID MANCHESTER = UUID.fromString("10000000-0000-4000-8000-000000000001");
    static final UUID MAYA = UUID.fromString("20000000-0000-4000-8000-000000000001");
    static final UUID TOM = UUID.fromString("20000000-0000-4000-8000-000000000002");

    static DirectoryLocation location(String zone, OpeningHours... hours) {
        return new DirectoryLocation(MANCHESTER, "Manchester Riverside", "12 Riverside Walk", zone, List.of(hours), true, 1, null);
    }

    static OpeningHours open(DayOfWeek day, String from, String to) {
        return new OpeningHours(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    static DirectoryTherapist therapist(UUID id, String name, List<WorkingHours> hours, List<TimeOff> timeOff) {
        return new DirectoryTherapist(id, name, null, "L-" + name, List.of(), List.of(), List.of(), hours, timeOff, List.of(),
                true, 1);
    }

    static WorkingHours hours(DayOfWeek day, String from, String to) {
        return new WorkingHours(MANCHESTER, day, LocalTime.parse(from), LocalTime.parse(to));
    }

    static Appointment appointment(UUID therapist, String startsAt, int minutes, String status) {
        OffsetDateTime start = OffsetDateTime.parse(startsAt);
        return new Appointment(UUID.randomUUID(), UUID.randomUUID(), therapist, MANCHESTER, UUID.randomUUID(),
                start.withOffsetSameInstant(ZoneOffset.UTC), start.plusMinutes(minutes).withOffsetSameInstant(ZoneOffset.UTC),
                status, null, 1, null, null, null, "Therapist", "Knee pain relief massage", "Manchester Riverside", "Sam Carter", "Room 1", null);
    }

    /** The row label (local time) at which each appointment's block starts, and its span. */
    static String placement(DayGrid grid, Appointment appointment) {
        for (DayGrid.GridRow row : grid.rows()) {
            for (DayGrid.Cell cell : row.cells()) {
                if (cell.isBlock() && cell.appointment().id().equals(appointment.id())) {
                    return row.row().at().toLocalTime() + row.row().at().getOffset().toString() + " x" + cell.rowSpan()
                            + " in " + cell.column().name();
                }
            }
        }
        return "not placed";
    }

    @Test
    void theDaySpansTheOpeningHoursAndPlacesEachAppointmentInItsTherapistsColumnByLocalTime() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        Appointment knee = appointment(MAYA, "2026-06-01T10:00:00+01:00", 60, "BOOKED");
        Appointment sports = appointment(TOM, "2026-06-01T09:15:00+01:00", 45, "CHECKED_IN");

        DayGrid grid = DayGrid.of(monday, location("Europe/London", open(DayOfWeek.MONDAY, "08:00", "19:00")),
                List.of(therapist(MAYA, "Maya Okafor", List.of(hours(DayOfWeek.MONDAY, "09:00", "17:00")), List.of()),
                        therapist(TOM, "Tom Haldane", List.of(), List.of())),
                List.of(knee, sports));

        assertThat(grid.columns()).extracting(DayGrid.Column::name).containsExactly("Maya Okafor", "Tom Haldane");
        assertThat(grid.step()).isEqualTo(Duration.ofMinutes(15));
        assertThat(grid.rows()).hasSize(11 * 4);
        assertThat(grid.rows().get(0).row().at()).isEqualTo(OffsetDateTime.parse("2026-06-01T08:00:00+01:00"));
        assertThat(placement(grid, knee)).isEqualTo("10:00+01:00 x4 in Maya Okafor");
        assertThat(placement(grid, sports)).isEqualTo("09:15+01:00 x3 in Tom Haldane");
        // Rows covered by a block render no cell of their own in that column: every row still has one cell per column.
        grid.rows().forEach(row -> assertThat(row.cells().size() + coveredIn(grid, row)).isEqualTo(2));
    }

    @Test
    void freeTimeIsMarkedWorkingOnlyWithinTheTherapistsHoursThereAndNotDuringTimeOff() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        TimeOff dentist = new TimeOff(UUID.randomUUID(), OffsetDateTime.parse("2026-06-01T11:00:00Z"),
                OffsetDateTime.parse("2026-06-01T12:00:00Z"));
        DayGrid grid = DayGrid.of(monday, location("Europe/London", open(DayOfWeek.MONDAY, "08:00", "19:00")),
                List.of(therapist(MAYA, "Maya Okafor", List.of(hours(DayOfWeek.MONDAY, "09:00", "17:00"),
                        hours(DayOfWeek.TUESDAY, "08:00", "19:00")), List.of(dentist))),
                List.of());

        assertThat(working(grid, "08:45")).isFalse();
        assertThat(working(grid, "09:00")).isTrue();
        assertThat(working(grid, "11:45")).isTrue();
        assertThat(working(grid, "12:00")).isFalse(); // 11:00Z is noon in London in June
        assertThat(working(grid, "13:00")).isTrue();
        assertThat(working(grid, "17:00")).isFalse();
    }

    @Test
    void timesAreTheLocationsOwnWhateverOffsetTheApiAnsweredIn() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        Appointment utc = appointment(MAYA, "2026-06-01T07:00:00Z", 30, "BOOKED");

        DayGrid grid = DayGrid.of(monday, location("Europe/Berlin", open(DayOfWeek.MONDAY, "08:00", "19:00")),
                List.of(therapist(MAYA, "Maya Okafor", List.of(), List.of())), List.of(utc));

        assertThat(placement(grid, utc)).isEqualTo("09:00+02:00 x2 in Maya Okafor");
    }

    @Test
    void onTheDayClocksGoForwardABlockKeepsItsRealLengthAcrossTheSkippedHour() {
        // 29 March 2026: London goes from 01:00 GMT straight to 02:00 BST.
        LocalDate sunday = LocalDate.of(2026, 3, 29);
        Appointment night = appointment(MAYA, "2026-03-29T00:30:00Z", 60, "BOOKED");
        Appointment after = appointment(MAYA, "2026-03-29T03:00:00+01:00", 30, "BOOKED");

        DayGrid grid = DayGrid.of(sunday, location("Europe/London", open(DayOfWeek.SUNDAY, "00:00", "04:00")),
                List.of(therapist(MAYA, "Maya Okafor", List.of(), List.of())), List.of(night, after));

        assertThat(labels(grid)).startsWith("00:00Z", "00:15Z", "00:30Z", "00:45Z", "02:00+01:00");
        assertThat(grid.rows()).hasSize(3 * 4); // 00:00 GMT to 04:00 BST is three real hours
        assertThat(placement(grid, night)).isEqualTo("00:30Z x4 in Maya Okafor");
        assertThat(placement(grid, after)).isEqualTo("03:00+01:00 x2 in Maya Okafor");
    }

    @Test
    void onTheDayClocksGoBackTheRepeatedHourHasRowsOfItsOwnAndEachAppointmentFindsItsOwn() {
        // 25 October 2026: London goes from 02:00 BST back to 01:00 GMT, so 01:00-02:00 happens twice.
        LocalDate sunday = LocalDate.of(2026, 10, 25);
        Appointment firstPass = appointment(MAYA, "2026-10-25T01:30:00+01:00", 30, "BOOKED");
        Appointment secondPass = appointment(TOM, "2026-10-25T01:30:00Z", 30, "BOOKED");

        DayGrid grid = DayGrid.of(sunday, location("Europe/London", open(DayOfWeek.SUNDAY, "00:00", "03:00")),
                List.of(therapist(MAYA, "Maya Okafor", List.of(), List.of()), therapist(TOM, "Tom Haldane", List.of(), List.of())),
                List.of(firstPass, secondPass));

        assertThat(grid.rows()).hasSize(4 * 4); // 00:00 BST to 03:00 GMT is four real hours
        assertThat(labels(grid)).containsSubsequence("01:30+01:00", "01:45+01:00", "01:00Z", "01:15Z", "01:30Z");
        assertThat(placement(grid, firstPass)).isEqualTo("01:30+01:00 x2 in Maya Okafor");
        assertThat(placement(grid, secondPass)).isEqualTo("01:30Z x2 in Tom Haldane");
    }

    @Test
    void cancelledAppointmentsFreeTheirTimeAndAreNotPlaced() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        Appointment cancelled = appointment(MAYA, "2026-06-01T10:00:00+01:00", 60, "CANCELLED");
        Appointment rebooked = appointment(MAYA, "2026-06-01T10:00:00+01:00", 60, "BOOKED");

        DayGrid grid = DayGrid.of(monday, location("Europe/London", open(DayOfWeek.MONDAY, "08:00", "19:00")),
                List.of(therapist(MAYA, "Maya Okafor", List.of(), List.of())), List.of(cancelled, rebooked));

        assertThat(placement(grid, cancelled)).isEqualTo("not placed");
        assertThat(placement(grid, rebooked)).isEqualTo("10:00+01:00 x4 in Maya Okafor");
    }

    @Test
    void appointmentsOffTheQuarterHourGetFinerRowsAndNeverOverlap() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        Appointment first = appointment(MAYA, "2026-06-01T10:00:00+01:00", 50, "BOOKED");
        Appointment second = appointment(MAYA, "2026-06-01T10:50:00+01:00", 40, "BOOKED");

        DayGrid grid = DayGrid.of(monday, location("Europe/London", open(DayOfWeek.MONDAY, "08:00", "19:00")),
                List.of(therapist(MAYA, "Maya Okafor", List.of(), List.of())), List.of(first, second));

        assertThat(grid.step()).isEqualTo(Duration.ofMinutes(5));
        assertThat(placement(grid, first)).isEqualTo("10:00+01:00 x10 in Maya Okafor");
        assertThat(placement(grid, second)).isEqualTo("10:50+01:00 x8 in Maya Okafor");
    }

    @Test
    void anAppointmentOfATherapistNoLongerListedAtTheLocationStillGetsAColumnAndTheDayStretchesToIt() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        Appointment late = appointment(TOM, "2026-06-01T19:30:00+01:00", 30, "BOOKED");

        DayGrid grid = DayGrid.of(monday, location("Europe/London", open(DayOfWeek.MONDAY, "08:00", "19:00")),
                List.of(therapist(MAYA, "Maya Okafor", List.of(), List.of())), List.of(late));

        assertThat(grid.columns()).extracting(DayGrid.Column::name).containsExactly("Maya Okafor", "Therapist");
        assertThat(labels(grid).get(labels(grid).size() - 1)).isEqualTo("19:45+01:00");
        assertThat(placement(grid, late)).isEqualTo("19:30+01:00 x2 in Therapist");
    }

    @Test
    void aLocationOpenAroundTheClockOrClosedShowsTheUsualWorkingDay() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        OpeningHours[] allDay = Arrays.stream(DayOfWeek.values()).map(day -> open(day, "00:00", "23:59:59.999999999"))
                .toArray(OpeningHours[]::new);

        DayGrid aroundTheClock = DayGrid.of(monday, location("Europe/London", allDay), List.of(), List.of());
        DayGrid closed = DayGrid.of(monday, location("Europe/London"), List.of(), List.of());

        assertThat(labels(aroundTheClock)).startsWith("08:00+01:00").endsWith("17:45+01:00");
        assertThat(labels(closed)).startsWith("08:00+01:00").endsWith("17:45+01:00");
        assertThat(closed.isEmpty()).isTrue();
    }

    private static boolean working(DayGrid grid, String localTime) {
        return grid.rows().stream().filter(row -> row.row().at().toLocalTime().equals(LocalTime.parse(localTime)))
                .findFirst().orElseThrow().cells().get(0).working();
    }

    private static List<String> labels(DayGrid grid) {
        return grid.rows().stream().map(row -> row.row().at().toLocalTime() + row.row().at().getOffset().toString()).toList();
    }

    private static int coveredIn(DayGrid grid, DayGrid.GridRow row) {
        int covered = 0;
        for (DayGrid.GridRow earlier : grid.rows()) {
            for (DayGrid.Cell cell : earlier.cells()) {
                int index = earlier.row().index();
                if (cell.isBlock() && index < row.row().index() && row.row().index() < index + cell.rowSpan()) {
                    covered++;
                }
            }
        }
        return covered;
    }
}
