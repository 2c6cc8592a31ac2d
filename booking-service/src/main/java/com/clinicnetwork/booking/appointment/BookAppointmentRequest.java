package com.clinicnetwork.booking.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * @param clientId    whom the appointment is for; clients may leave it out (it is then themselves)
 * @param startsAt    ISO-8601 with offset
 * @param intakeNotes what the client wants the therapist to know beforehand; never leaves this service in events
 */
public record BookAppointmentRequest(
        @Nullable UUID clientId,
        @NotNull UUID therapistId,
        @NotNull UUID locationId,
        @NotNull UUID treatmentId,
        @NotNull OffsetDateTime startsAt,
        @Size(max = 2000) @Nullable String intakeNotes) {
}
