package com.clinicnetwork.booking.appointment;

import java.time.Instant;
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
        OffsetDateTime createdAt,
        UUID seriesId,
        String cancellationReason,
        Boolean lateCancellation) {

    static AppointmentView of(Appointment appointment) {
        return new AppointmentView(appointment.id(), appointment.clientId(), appointment.therapistId(),
                appointment.locationId(), appointment.treatmentId(), utc(appointment.startsAt()), utc(appointment.endsAt()),
                appointment.status(), appointment.intakeNotes(), appointment.version(), utc(appointment.createdAt()),
                appointment.seriesId(), appointment.cancellationReason(), appointment.lateCancellation());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
