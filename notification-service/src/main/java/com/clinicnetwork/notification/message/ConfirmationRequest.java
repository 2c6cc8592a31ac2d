package com.clinicnetwork.notification.message;

import java.time.Instant;
import java.util.Optional;

/**
 * Asks the client to confirm they will come to a booking flagged at risk of a no-show, with a link to the page of the
 * web app where they confirm; rendered from the latest state of the appointment, like a reminder.
 */
public record ConfirmationRequest(AppointmentVersion appointment, Visit visit) implements AppointmentMessage {

    @Override
    public MessageType type() {
        return MessageType.CONFIRMATION_REQUEST;
    }

    /** Once the appointment has started there is nothing left to confirm. */
    @Override
    public Optional<Instant> usefulUntil() {
        return Optional.of(visit.startsAt());
    }
}
