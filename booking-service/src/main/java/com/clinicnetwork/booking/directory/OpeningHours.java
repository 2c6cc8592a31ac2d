package com.clinicnetwork.booking.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly block in which a location is open, in its local time. A day without blocks is closed. */
public record OpeningHours(DayOfWeek dayOfWeek, LocalTime opensAt, LocalTime closesAt) {
}
