package com.clinicnetwork.contracts.appointment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of every {@code appointment.*} event: the appointment's state after the change.
 * Consumers use {@code version} to ignore events older than the state they already hold.
 * Intake notes are deliberately absent: events carry only what consumers need.
 *
 * @param previousStartsAt   on {@code appointment.rescheduled}: the start before the change; otherwise null
 * @param cancellationReason on {@code appointment.cancelled}: why, as the canceller gave it; otherwise null
 * @param lateCancellation   on {@code appointment.cancelled}: inside the location's late-cancellation window;
 *                           absent (null) in events of producers older than this field
 * @param checkInClosesAt    on {@code appointment.fulfilled}: until when the client may answer the aftercare check-in
 *                           (the end of the session plus booking-service's answer window), so the message asking them
 *                           can carry a link that expires then; otherwise null, and absent in events of producers
 *                           older than this field
 */
public record AppointmentEvent(
        @NotNull UUID appointmentId,
        @Positive long version,
        @NotBlank String status,
        @NotNull UUID clientId,
        @NotNull UUID therapistId,
        @NotNull UUID locationId,
        @NotNull UUID treatmentId,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotNull @Valid ClientContact client,
        OffsetDateTime previousStartsAt,
        String cancellationReason,
        Boolean lateCancellation,
        OffsetDateTime checkInClosesAt) {
}
