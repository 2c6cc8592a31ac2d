package com.clinicnetwork.notification.appointment;

import java.time.Instant;
import java.util.UUID;

/** The latest known state of an appointment, as its newest event described it. */
public record AppointmentState(
        UUID appointmentId,
        long version,
        String status,
        UUID clientId,
        UUID locationId,
        UUID therapistId,
        UUID treatmentId,
        Instant startsAt,
        Instant endsAt,
        String email,
        String firstName,
        String locale) {
}
