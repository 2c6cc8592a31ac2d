package com.clinicnetwork.booking.availability;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One therapist's time as the engine sees it. Each source of the directory and of booking maps onto one
 * of three lists, so new sources (opening hours, time off, one-off exceptions) plug in without changing
 * the engine.
 *
 * @param working     when the therapist sees clients at the location (weekly hours already placed on dates,
 *                    narrowed to opening hours and one-off extra or shortened days)
 * @param unavailable when they do not, although a working block says so (time off, closures)
 * @param busy        what is already taken: appointments and held waitlist offers, each including its buffer
 */
public record TherapistSchedule(UUID therapistId, List<Interval> working, List<Interval> unavailable, List<Interval> busy) {

    public TherapistSchedule {
        Objects.requireNonNull(therapistId, "therapistId");
        working = List.copyOf(working);
        unavailable = List.copyOf(unavailable);
        busy = List.copyOf(busy);
    }
}
