package com.clinicnetwork.booking.availability;

import com.clinicnetwork.booking.directory.ExtraHours;
import com.clinicnetwork.booking.directory.OpeningHours;
import com.clinicnetwork.booking.directory.WorkingHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Places wall-clock hours (weekly working and opening hours, one-off extra hours) on real dates in a location's time zone. */
public final class WeeklyHours {

    private WeeklyHours() {
    }

    /**
     * Each block's local start and end are converted through the zone on that very date, so a block that
     * spans a daylight-saving change is an hour shorter or longer, and a wall-clock time inside a spring-forward
     * gap moves to the first instant after it (as {@link ZonedDateTime#of} does); a block wholly inside such a
     * gap is left out.
     *
     * @return the therapist's weekly blocks on the dates {@code first} to {@code last} (inclusive), earliest first
     */
    public static List<Interval> onDates(List<WorkingHours> weekly, ZoneId zone, LocalDate first, LocalDate last) {
        return placed(weekly, WorkingHours::dayOfWeek, WorkingHours::startsAt, WorkingHours::endsAt, zone, first, last);
    }

    /** The location's opening hours on the dates {@code first} to {@code last}, placed as {@link #onDates} does. */
    public static List<Interval> openingOnDates(List<OpeningHours> weekly, ZoneId zone, LocalDate first, LocalDate last) {
        return placed(weekly, OpeningHours::dayOfWeek, OpeningHours::opensAt, OpeningHours::closesAt, zone, first, last);
    }

    /** One-off extra hours, each on its own date. */
    public static List<Interval> extraOnDates(List<ExtraHours> extra, ZoneId zone) {
        List<Interval> blocks = new ArrayList<>();
        for (ExtraHours block : extra) {
            place(block.date(), block.startsAt(), block.endsAt(), zone).ifPresent(blocks::add);
        }
        blocks.sort(Comparator.comparing(Interval::start));
        return blocks;
    }

    /**
     * When a therapist sees clients at a location on the dates {@code first} to {@code last}: their weekly
     * hours and one-off extra hours, cut to the location's opening hours. Empty {@code open} means the opening
     * hours are not known (an older producer), not that the location is always closed, so nothing is cut.
     *
     * @param open the location's opening hours already placed on those dates ({@link #openingOnDates})
     */
    public static List<Interval> working(List<WorkingHours> weekly, List<ExtraHours> extra, List<Interval> open,
            ZoneId zone, LocalDate first, LocalDate last) {
        List<Interval> working = new ArrayList<>(onDates(weekly, zone, first, last));
        working.addAll(extraOnDates(extra, zone));
        if (open.isEmpty()) {
            working.sort(Comparator.comparing(Interval::start));
            return working;
        }
        return intersect(working, open);
    }

    private static <T> List<Interval> placed(List<T> weekly, Function<T, DayOfWeek> day, Function<T, LocalTime> start,
            Function<T, LocalTime> end, ZoneId zone, LocalDate first, LocalDate last) {
        List<Interval> blocks = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (T block : weekly) {
                if (day.apply(block) == date.getDayOfWeek()) {
                    place(date, start.apply(block), end.apply(block), zone).ifPresent(blocks::add);
                }
            }
        }
        blocks.sort(Comparator.comparing(Interval::start));
        return blocks;
    }

    private static Optional<Interval> place(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
        Instant from = ZonedDateTime.of(date, start, zone).toInstant();
        Instant to = ZonedDateTime.of(date, end, zone).toInstant();
        // A block lying wholly inside a spring-forward gap does not exist that day.
        return from.isBefore(to) ? Optional.of(new Interval(from, to)) : Optional.empty();
    }

    /** The parts of {@code blocks} that lie inside {@code within}, e.g. working hours cut to opening hours. */
    public static List<Interval> intersect(List<Interval> blocks, List<Interval> within) {
        List<Interval> parts = new ArrayList<>();
        for (Interval block : blocks) {
            for (Interval window : within) {
                if (block.overlaps(window)) {
                    parts.add(new Interval(max(block.start(), window.start()), min(block.end(), window.end())));
                }
            }
        }
        parts.sort(Comparator.comparing(Interval::start));
        return parts;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
