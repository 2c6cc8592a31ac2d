package com.clinicnetwork.web.client.booking;

import com.clinicnetwork.web.appointments.FreeSlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A calendar week (Monday to Sunday) at a location, in the location's time zone: the range to ask the API for free
 * times and the slots sorted into its days. Days are local dates, so a week with a daylight-saving change still has
 * seven days and each slot lands on the date the clinic's clock shows.
 */
public record Week(LocalDate monday, ZoneId zone) {

    public static Week containing(LocalDate day, ZoneId zone) {
        return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), zone);
    }

    public OffsetDateTime from() {
        return monday.atStartOfDay(zone).toOffsetDateTime();
    }

    public OffsetDateTime to() {
        return monday.plusWeeks(1).atStartOfDay(zone).toOffsetDateTime();
    }

    public Week previous() {
        return new Week(monday.minusWeeks(1), zone);
    }

    public Week next() {
        return new Week(monday.plusWeeks(1), zone);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** Whether the week has ended before {@code today} (a local date at the location): nothing to book in it. */
    public boolean isBefore(LocalDate today) {
        return sunday().isBefore(today);
    }

    /** All seven days, each with its free slots in time order; a day without any is listed empty. */
    public List<Day> days(List<FreeSlot> slots) {
        Map<LocalDate, List<FreeSlot>> byDate = new TreeMap<>();
        for (int i = 0; i < 7; i++) {
            byDate.put(monday.plusDays(i), new ArrayList<>());
        }
        slots.stream()
                .sorted(Comparator.comparing(FreeSlot::startsAt).thenComparing(slot -> slot.therapistId().toString()))
                .forEach(slot -> {
                    List<FreeSlot> day = byDate.get(slot.startsAt().atZoneSameInstant(zone).toLocalDate());
                    if (day != null) {
                        day.add(slot);
                    }
                });
        return byDate.entrySet().stream().map(entry -> new Day(entry.getKey(), List.copyOf(entry.getValue()))).toList();
    }

    public record Day(LocalDate date, List<FreeSlot> slots) {
    }
}
