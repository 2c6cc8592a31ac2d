package com.clinicnetwork.web.therapist;

import com.clinicnetwork.web.appointments.Appointment;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A therapist's appointments on a run of days. Each appointment belongs to the day it has in its own location's time
 * zone (where the session happens), so a therapist working in London and Berlin sees each session on the right day
 * and at the right local time. The days are counted in the therapist's home zone (their first location's).
 */
record Schedule(LocalDate from, LocalDate to, List<Day> days) {

    /** One day and its appointments in start order. */
    record Day(LocalDate date, List<Appointment> appointments) {

        public boolean isEmpty() {
            return appointments.isEmpty();
        }
    }

    /** The week (Monday to Sunday) that contains {@code date}. */
    static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The instants to ask the API for so that every appointment on the local dates {@code [from, to]} at any of the
     * zones is among the answer: from the earliest midnight to the latest.
     */
    static Window window(LocalDate from, LocalDate to, Collection<ZoneId> zones) {
        Instant start = zones.stream().map(zone -> from.atStartOfDay(zone).toInstant()).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = zones.stream().map(zone -> to.plusDays(1).atStartOfDay(zone).toInstant()).max(Comparator.naturalOrder())
                .orElseThrow();
        return new Window(start, end);
    }

    /** A half-open span of instants, {@code [from, to)}. */
    record Window(Instant from, Instant to) {
    }

    /**
     * The days {@code [from, to]} with the appointments that fall on them in their location's zone ({@code fallback}
     * for a location the directory does not know).
     */
    static Schedule of(LocalDate from, LocalDate to, List<Appointment> appointments, Map<UUID, ZoneId> zones, ZoneId fallback) {
        List<Day> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            LocalDate day = date;
            days.add(new Day(day, appointments.stream()
                    .filter(appointment -> localDate(appointment, zones, fallback).equals(day))
                    .sorted(Comparator.comparing(Appointment::startsAt))
                    .toList()));
        }
        return new Schedule(from, to, days);
    }

    private static LocalDate localDate(Appointment appointment, Map<UUID, ZoneId> zones, ZoneId fallback) {
        return appointment.startsAt().atZoneSameInstant(zones.getOrDefault(appointment.locationId(), fallback)).toLocalDate();
    }

    Day first() {
        return days.get(0);
    }
}
