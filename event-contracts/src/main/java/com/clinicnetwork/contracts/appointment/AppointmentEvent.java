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
 * @param seriesId           the course the session belongs to; null for a single appointment, and in events of
 *                           producers older than the field
 * @param roomId             the room the session is booked into; null when its treatment needs none, and in events of
 *                           producers older than the field
 * @param confirmationRequested whether the client is asked to confirm they will come (the booking was flagged at risk
 *                           of a no-show); null in events of producers older than the field
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
        OffsetDateTime checkInClosesAt,
        UUID seriesId,
        UUID roomId,
        Boolean confirmationRequested) {

    /** An appointment without course, room or confirmation request, as producers older than those fields published it. */
    public AppointmentEvent(UUID appointmentId, long version, String status, UUID clientId, UUID therapistId,
            UUID locationId, UUID treatmentId, OffsetDateTime startsAt, OffsetDateTime endsAt, ClientContact client,
            OffsetDateTime previousStartsAt, String cancellationReason, Boolean lateCancellation,
            OffsetDateTime checkInClosesAt) {
        this(appointmentId, version, status, clientId, therapistId, locationId, treatmentId, startsAt, endsAt, client,
                previousStartsAt, cancellationReason, lateCancellation, checkInClosesAt, null, null, null);
    }
}
