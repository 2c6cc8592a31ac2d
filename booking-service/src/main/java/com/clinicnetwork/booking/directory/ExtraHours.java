package com.clinicnetwork.booking.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One-off working hours of a therapist on a date at a location, in the location's local time, on top of the weekly hours. */
public record ExtraHours(UUID id, UUID locationId, LocalDate date, LocalTime startsAt, LocalTime endsAt) {
}
