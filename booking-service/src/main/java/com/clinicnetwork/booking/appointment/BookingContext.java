package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.availability.TherapistSchedule;

/**
 * What the booking rules judge wanted times against, loaded once per command ({@link BookingContextLoader}): who, what and
 * where, and the therapist's schedule at the location over every time the command asks about.
 */
public record BookingContext(BookingParties parties, TherapistSchedule schedule) {
}
