package com.clinicnetwork.notification.message;

import java.time.Instant;
import java.util.Optional;

/** A reminder of an upcoming appointment, as the latest state of the appointment describes it. */
public record AppointmentReminder(AppointmentVersion appointment, Visit visit) implements AppointmentMessage {

    @Override
    public MessageType type() {
        return MessageType.REMINDER;
    }

    /** A reminder that arrives after the appointment has started helps nobody. */
    @Override
    public Optional<Instant> usefulUntil() {
        return Optional.of(visit.startsAt());
    }
}
