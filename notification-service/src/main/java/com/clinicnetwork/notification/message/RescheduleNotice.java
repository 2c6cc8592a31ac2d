package com.clinicnetwork.notification.message;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The appointment moved: the visit at its new time, and when it was before.
 *
 * @param previousStartsAt the start before the move; empty only if the event left it out, which the contract does not allow
 */
public record RescheduleNotice(AppointmentVersion appointment, Visit visit, Optional<Instant> previousStartsAt)
        implements AppointmentMessage {

    public RescheduleNotice {
        Objects.requireNonNull(previousStartsAt, "previousStartsAt");
    }

    @Override
    public MessageType type() {
        return MessageType.RESCHEDULE;
    }
}
