package com.clinicnetwork.web.frontdesk;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.DirectoryTherapist;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The front desk's day at a location as a table: one column per therapist, one row per time step, and each
 * appointment a block spanning the rows of its time. Rows are real instants one step apart from the first, labelled
 * with the location's local time, so a block's height is its true length on daylight-saving days too (where the
 * labels jump an hour forward or repeat one). The day spans the location's opening hours, the therapists' hours
 * there and every appointment, in whole local hours. Cancelled appointments free their time and are not placed.
 */
public final class DayGrid {

    static final Duration STEP = Duration.ofMinutes(15);
    static final Duration FINE_STEP = Duration.ofMinutes(5);
    private static final LocalTime DEFAULT_OPENS = LocalTime.of(8, 0);
    private static final LocalTime DEFAULT_CLOSES = LocalTime.of(18, 0);
    /** Opening hours this long are "around the clock" (a location without hours set): no frame for the day. */
    private static final Duration ALL_DAY = Duration.ofHours(20);

    private final LocalDate date;
    private final ZoneId zone;
    private final Duration step;
    private final List<Column> columns;
    private final List<GridRow> rows;
    private final List<Appointment> unplaced;

    private DayGrid(LocalDate date, ZoneId zone, Duration step, List<Column> columns, List<GridRow> rows,
            List<Appointment> unplaced) {
        this.date = date;
        this.zone = zone;
        this.step = step;
        this.columns = columns;
        this.rows = rows;
        this.unplaced = unplaced;
    }

    /** A therapist's column: the location's active therapists, then anyone else with an appointment there that day. */
    public record Column(UUID therapistId, String name, int index) {

        public String headerId() {
            return "therapist-" + index;
        }
    }

    /** One time step: its start as an instant in the location's offset, and whether it starts a local full hour. */
    public record Row(OffsetDateTime at, boolean fullHour, int index) {

        public String headerId() {
            return "time-" + index;
        }
    }

    /** A row as the table renders it: the cells that start in it (cells covered by a block above are left out). */
    public record GridRow(Row row, List<Cell> cells) {
    }

    /** A block ({@code appointment} with its row span) or free time, working or not. */
    public record Cell(Column column, Appointment appointment, int rowSpan, boolean working) {

        public boolean isBlock() {
            return appointment != null;
        }
    }

    public static DayGrid of(LocalDate date, DirectoryLocation location, List<DirectoryTherapist> therapists,
            List<Appointment> appointments) {
        ZoneId zone = location.zone();
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Appointment> placed = appointments.stream()
                .filter(appointment -> !isCancelled(appointment))
                .filter(appointment -> appointment.startsAt().toInstant().isBefore(dayEnd)
                        && appointment.endsAt().toInstant().isAfter(dayStart))
                .sorted(Comparator.comparing(Appointment::startsAt))
                .toList();

        Map<UUID, List<Interval>> working = new HashMap<>();
        Map<UUID, Column> columns = new LinkedHashMap<>();
        for (DirectoryTherapist therapist : therapists) {
            columns.computeIfAbsent(therapist.id(), id -> new Column(id, therapist.displayName(), columns.size()));
            working.put(therapist.id(), workingTime(therapist, location.id(), date, zone));
        }
        for (Appointment appointment : placed) {
            columns.computeIfAbsent(appointment.therapistId(),
                    id -> new Column(id, appointment.therapistName(), columns.size()));
        }

        List<Interval> frame = new ArrayList<>(openingHours(location, date, zone));
        working.values().forEach(frame::addAll);
        placed.forEach(appointment -> frame.add(new Interval(appointment.startsAt().toInstant(), appointment.endsAt().toInstant())));
        Instant start;
        Instant end;
        if (frame.isEmpty()) {
            start = date.atTime(DEFAULT_OPENS).atZone(zone).toInstant();
            end = date.atTime(DEFAULT_CLOSES).atZone(zone).toInstant();
        } else {
            start = floorToHour(frame.stream().map(Interval::start).min(Comparator.naturalOrder()).orElseThrow(), zone);
            end = ceilToHour(frame.stream().map(Interval::end).max(Comparator.naturalOrder()).orElseThrow(), zone);
        }
        start = start.isBefore(dayStart) ? dayStart : start;
        end = end.isAfter(dayEnd) ? dayEnd : end;

        Duration step = aligned(placed, start, STEP) ? STEP : FINE_STEP;
        int rowCount = (int) Math.max(1, ceilDiv(Duration.between(start, end), step));
        List<Row> rows = new ArrayList<>(rowCount);
        for (int index = 0; index < rowCount; index++) {
            ZonedDateTime at = start.plus(step.multipliedBy(index)).atZone(zone);
            rows.add(new Row(at.toOffsetDateTime(), at.getMinute() == 0, index));
        }

        List<Column> columnList = List.copyOf(columns.values());
        Cell[][] cells = new Cell[rowCount][columnList.size()];
        boolean[][] covered = new boolean[rowCount][columnList.size()];
        List<Appointment> unplaced = new ArrayList<>();
        int[] nextFreeRow = new int[columnList.size()];
        for (Appointment appointment : placed) {
            Column column = columns.get(appointment.therapistId());
            int first = (int) Math.max(floorDiv(Duration.between(start, appointment.startsAt().toInstant()), step),
                    nextFreeRow[column.index()]);
            int last = (int) Math.min(ceilDiv(Duration.between(start, appointment.endsAt().toInstant()), step), rowCount);
            if (first >= rowCount) {
                unplaced.add(appointment);
                continue;
            }
            last = Math.max(last, first + 1);
            cells[first][column.index()] = new Cell(column, appointment, last - first, false);
            for (int row = first + 1; row < last; row++) {
                covered[row][column.index()] = true;
            }
            nextFreeRow[column.index()] = last;
        }

        List<GridRow> gridRows = new ArrayList<>(rowCount);
        for (Row row : rows) {
            List<Cell> rendered = new ArrayList<>();
            Instant at = row.at().toInstant();
            for (Column column : columnList) {
                if (covered[row.index()][column.index()]) {
                    continue;
                }
                Cell block = cells[row.index()][column.index()];
                rendered.add(block != null ? block : new Cell(column, null, 1,
                        working.getOrDefault(column.therapistId(), List.of()).stream().anyMatch(interval -> interval.contains(at))));
            }
            gridRows.add(new GridRow(row, rendered));
        }
        return new DayGrid(date, zone, step, columnList, gridRows, unplaced);
    }

    /** A cancelled appointment frees its time: it has no block. */
    static boolean isCancelled(Appointment appointment) {
        return "CANCELLED".equals(appointment.status());
    }

    public LocalDate date() {
        return date;
    }

    public ZoneId zone() {
        return zone;
    }

    public Duration step() {
        return step;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<GridRow> rows() {
        return rows;
    }

    /** Appointments that found no row (only if rounding to steps squeezed them out): the page lists them. */
    public List<Appointment> unplaced() {
        return unplaced;
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    /** The therapist's weekly and extra hours at the location on the date, as instants, minus their time off. */
    static List<Interval> workingTime(DirectoryTherapist therapist, UUID locationId, LocalDate date, ZoneId zone) {
        List<Interval> blocks = new ArrayList<>();
        therapist.workingHours().stream()
                .filter(hours -> hours.locationId().equals(locationId) && hours.dayOfWeek() == date.getDayOfWeek())
                .forEach(hours -> blocks.add(local(date, hours.startsAt(), hours.endsAt(), zone)));
        therapist.extraHours().stream()
                .filter(hours -> hours.locationId().equals(locationId) && hours.date().equals(date))
                .forEach(hours -> blocks.add(local(date, hours.startsAt(), hours.endsAt(), zone)));
        List<Interval> result = blocks;
        for (DirectoryTherapist.TimeOff off : therapist.timeOff()) {
            Interval away = new Interval(off.startsAt().toInstant(), off.endsAt().toInstant());
            result = result.stream().flatMap(block -> block.minus(away).stream()).toList();
        }
        return result;
    }

    private static List<Interval> openingHours(DirectoryLocation location, LocalDate date, ZoneId zone) {
        List<Interval> open = location.openingHoursOn(date.getDayOfWeek()).stream()
                .map(hours -> local(date, hours.opensAt(), hours.closesAt(), zone))
                .toList();
        Duration total = open.stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
        return total.compareTo(ALL_DAY) >= 0 ? List.of() : open;
    }

    private static Interval local(LocalDate date, LocalTime from, LocalTime to, ZoneId zone) {
        return new Interval(ZonedDateTime.of(date, from, zone).toInstant(), ZonedDateTime.of(date, to, zone).toInstant());
    }

    private static boolean aligned(List<Appointment> appointments, Instant start, Duration step) {
        return appointments.stream().allMatch(appointment -> Duration.between(start, appointment.startsAt().toInstant()).toSeconds() % step.toSeconds() == 0
                && Duration.between(start, appointment.endsAt().toInstant()).toSeconds() % step.toSeconds() == 0);
    }

    private static Instant floorToHour(Instant instant, ZoneId zone) {
        return instant.atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
    }

    private static Instant ceilToHour(Instant instant, ZoneId zone) {
        Instant floor = floorToHour(instant, zone);
        return floor.equals(instant) ? instant : floor.plus(Duration.ofHours(1));
    }

    private static long floorDiv(Duration duration, Duration step) {
        return Math.floorDiv(duration.toSeconds(), step.toSeconds());
    }

    private static long ceilDiv(Duration duration, Duration step) {
        return -Math.floorDiv(-duration.toSeconds(), step.toSeconds());
    }

    /** A half-open span of time, {@code [start, end)}. */
    record Interval(Instant start, Instant end) {

        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }

        Duration length() {
            return Duration.between(start, end);
        }

        List<Interval> minus(Interval other) {
            if (!other.start.isBefore(end) || !start.isBefore(other.end)) {
                return List.of(this);
            }
            List<Interval> rest = new ArrayList<>(2);
            if (start.isBefore(other.start)) {
                rest.add(new Interval(start, other.start));
            }
            if (other.end.isBefore(end)) {
                rest.add(new Interval(other.end, end));
            }
            return rest;
        }
    }
}
