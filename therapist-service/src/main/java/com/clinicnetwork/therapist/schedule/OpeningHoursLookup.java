package com.clinicnetwork.therapist.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The opening hours of the therapist's locations, as the schedule rules need them. Keeps the schedule
 * rules independent of how locations are stored.
 */
public interface OpeningHoursLookup {

    /** Whether {@code locationId} is open from {@code startsAt} to {@code endsAt} on {@code day} without a break. */
    boolean isOpen(UUID locationId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt);

    /** The day's opening hours of the location for a message, e.g. {@code 08:00–19:00} or {@code closed}. */
    String describe(UUID locationId, DayOfWeek day);
}
