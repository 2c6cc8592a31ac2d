package com.clinicnetwork.booking.appointment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** An appointment as the API shows it to those allowed to see it; times in UTC. */
public record AppointmentView(
        UUID id,
        UUID clientId,
        UUID therapistId,
        UUID locationId,
        UUID treatmentId,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        AppointmentStatus status,
        String intakeNotes,
        long version,
        OffsetDateTime createdAt) {

    static AppointmentView of(Appointment appointment) {
        return new AppointmentView(appointment.id(), appointment.clientId(), appointment.therapistId(),
                appointment.locationId(), appointment.treatmentId(), appointment.startsAt().atOffset(ZoneOffset.UTC),
                appointment.endsAt().atOffset(ZoneOffset.UTC), appointment.status(), appointment.intakeNotes(),
                appointment.version(), appointment.createdAt().atOffset(ZoneOffset.UTC));
    }
}
