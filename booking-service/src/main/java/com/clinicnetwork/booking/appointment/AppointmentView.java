package com.clinicnetwork.booking.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An appointment as the API shows it to those allowed to see it; times in UTC. Reads add the display names a
 * screen needs (from the directory read model; null if it does not know the entry yet) and the client's name
 * ("First Last") only for callers who may read that client; the responses of changes carry no names. The no-show risk
 * says whether a confirmation is requested to everyone who sees the appointment, and why only to the staff who care for
 * the visit, on reads ({@link NoShowRiskView}).
 *
 * @param roomId   the room the session is booked into; null when its treatment needs none
 * @param roomName the room's name on reads, e.g. {@code Room 2}
 */
public record AppointmentView(
        UUID id,
        UUID clientId,
        UUID therapistId,
        UUID locationId,
        UUID treatmentId,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        AppointmentStatus status,
        @Nullable String intakeNotes,
        long version,
        OffsetDateTime createdAt,
        @Nullable UUID seriesId,
        @Nullable String cancellationReason,
        @Nullable Boolean lateCancellation,
        @Nullable String therapistName,
        @Nullable String treatmentName,
        @Nullable String locationName,
        @Nullable String clientName,
        @Nullable UUID roomId,
        @Nullable String roomName,
        NoShowRiskView noShowRisk) {

    static AppointmentView of(Appointment appointment) {
        return new AppointmentView(appointment.id(), appointment.clientId(), appointment.therapistId(),
                appointment.locationId(), appointment.treatmentId(), utc(appointment.startsAt()), utc(appointment.endsAt()),
                appointment.status(), appointment.intakeNotes(), appointment.version(), utc(appointment.createdAt()),
                appointment.seriesId(), appointment.cancellationReason(), appointment.lateCancellation(), null, null, null, null,
                appointment.roomId(), null, NoShowRiskView.withoutReasons(appointment.noShowRisk()));
    }

    AppointmentView withNames(String therapistName, String treatmentName, String locationName, String clientName,
            String roomName) {
        return new AppointmentView(id, clientId, therapistId, locationId, treatmentId, startsAt, endsAt, status, intakeNotes,
                version, createdAt, seriesId, cancellationReason, lateCancellation, therapistName, treatmentName,
                locationName, clientName, roomId, roomName, noShowRisk);
    }

    AppointmentView withNoShowRisk(NoShowRiskView risk) {
        return new AppointmentView(id, clientId, therapistId, locationId, treatmentId, startsAt, endsAt, status, intakeNotes,
                version, createdAt, seriesId, cancellationReason, lateCancellation, therapistName, treatmentName,
                locationName, clientName, roomId, roomName, risk);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
