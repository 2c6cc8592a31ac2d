package com.clinicnetwork.booking.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A weekly block in which a therapist sees clients at a location, in the location's local time. */
public record WorkingHours(UUID locationId, DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {
}
