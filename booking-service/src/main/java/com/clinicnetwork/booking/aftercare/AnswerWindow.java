package com.clinicnetwork.booking.aftercare;

import com.clinicnetwork.booking.appointment.AppointmentStatus;
import com.clinicnetwork.booking.appointment.CheckInDeadline;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When the aftercare check-in of a session can be answered: once the session is fulfilled, once, for a while after
 * it ends ({@link #length()}), and never for a client whose data was erased. Plain rules over plain facts.
 */
public record AnswerWindow(Duration length) implements CheckInDeadline {

    /** Why an answer is refused, in the order the rules are asked. */
    public enum Refusal {
        /** Booked, checked in, cancelled or a no-show: there was no session to ask about (yet). */
        NOT_FULFILLED,
        ALREADY_ANSWERED,
        CLOSED,
        CLIENT_ERASED
    }

    public AnswerWindow {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException(
                    "The aftercare answer window (clinic.booking.aftercare.answer-window) must be positive, got " + length);
        }
    }

    /** Answers are taken up to and including this instant. */
    @Override
    public Instant checkInClosesAt(Instant sessionEndsAt) {
        return sessionEndsAt.plus(length);
    }

    /** @return why the check-in cannot be answered at {@code now}, or empty if it can */
    public Optional<Refusal> refusal(AppointmentStatus status, Instant sessionEndsAt, boolean answered, boolean clientErased,
            Instant now) {
        if (status != AppointmentStatus.FULFILLED) {
            return Optional.of(Refusal.NOT_FULFILLED);
        }
        if (answered) {
            return Optional.of(Refusal.ALREADY_ANSWERED);
        }
        if (now.isAfter(checkInClosesAt(sessionEndsAt))) {
            return Optional.of(Refusal.CLOSED);
        }
        if (clientErased) {
            return Optional.of(Refusal.CLIENT_ERASED);
        }
        return Optional.empty();
    }
}
