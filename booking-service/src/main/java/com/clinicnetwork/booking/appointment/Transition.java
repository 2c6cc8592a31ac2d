package com.clinicnetwork.booking.appointment;

import static com.clinicnetwork.booking.appointment.AppointmentStatus.BOOKED;
import static com.clinicnetwork.booking.appointment.AppointmentStatus.CANCELLED;
import static com.clinicnetwork.booking.appointment.AppointmentStatus.CHECKED_IN;
import static com.clinicnetwork.booking.appointment.AppointmentStatus.FULFILLED;
import static com.clinicnetwork.booking.appointment.AppointmentStatus.NOSHOW;

import com.clinicnetwork.contracts.EventTypes;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The appointment state machine, aligned with HL7 FHIR Appointment.status: BOOKED → CHECKED_IN → FULFILLED,
 * and from BOOKED to CANCELLED or NOSHOW. A reschedule keeps the appointment BOOKED. Every other move is
 * illegal: finished appointments (fulfilled, cancelled, no-show) never change again.
 *
 * <p>The visit's steps also depend on the clock ({@link SessionWindow}): check-in from 30 minutes before the start
 * until the end, fulfilment and no-show only once the session has started. A step outside its window is refused
 * (mostly a click on the wrong appointment or day), saying from when it is possible or since when it no longer is.
 */
public enum Transition {
    RESCHEDULE(Set.of(BOOKED), BOOKED, EventTypes.APPOINTMENT_RESCHEDULED, SessionWindow.ANY_TIME),
    CANCEL(Set.of(BOOKED), CANCELLED, EventTypes.APPOINTMENT_CANCELLED, SessionWindow.ANY_TIME),
    CHECK_IN(Set.of(BOOKED), CHECKED_IN, EventTypes.APPOINTMENT_CHECKED_IN, SessionWindow.CHECK_IN),
    FULFIL(Set.of(CHECKED_IN), FULFILLED, EventTypes.APPOINTMENT_FULFILLED, SessionWindow.ONCE_STARTED),
    NO_SHOW(Set.of(BOOKED), NOSHOW, EventTypes.APPOINTMENT_NO_SHOW, SessionWindow.ONCE_STARTED);

    private final Set<AppointmentStatus> from;
    private final AppointmentStatus to;
    private final String eventType;
    private final SessionWindow window;

    Transition(Set<AppointmentStatus> from, AppointmentStatus to, String eventType, SessionWindow window) {
        this.from = from;
        this.to = to;
        this.eventType = eventType;
        this.window = window;
    }

    public boolean allowedFrom(AppointmentStatus status) {
        return from.contains(status);
    }

    /** Whether the transition may happen at {@code now} to a session from {@code startsAt} to {@code endsAt}. */
    public boolean allowedAt(Instant startsAt, Instant endsAt, Instant now) {
        return window.contains(startsAt, endsAt, now);
    }

    public SessionWindow window() {
        return window;
    }

    /**
     * @return the status after the transition
     * @throws IllegalTransitionException if the transition is not allowed from {@code status}
     */
    public AppointmentStatus apply(AppointmentStatus status) {
        if (!allowedFrom(status)) {
            throw new IllegalTransitionException(this, status);
        }
        return to;
    }

    public String eventType() {
        return eventType;
    }

    /** The transition's name as the API spells it, e.g. {@code check-in}. */
    public String apiName() {
        return name().toLowerCase().replace('_', '-');
    }

    /**
     * @throws IllegalTransitionException if the appointment's status does not allow the transition
     * @throws TooEarlyException          if {@code now} is before the transition's window opens
     * @throws TooLateException           if {@code now} is at or after the transition's window closed
     */
    public void require(AppointmentStatus status, Instant startsAt, Instant endsAt, Instant now) {
        if (!allowedFrom(status)) {
            throw new IllegalTransitionException(this, status);
        }
        Optional<Instant> opens = window.opensAt(startsAt).filter(now::isBefore);
        if (opens.isPresent()) {
            throw new TooEarlyException(this, status, opens.get());
        }
        Optional<Instant> closed = window.closesAt(endsAt).filter(closes -> !now.isBefore(closes));
        if (closed.isPresent()) {
            throw new TooLateException(this, status, closed.get());
        }
    }

    /** A transition the current status does not allow. */
    public static class IllegalTransitionException extends RuntimeException {
        private final Transition transition;
        private final AppointmentStatus status;

        IllegalTransitionException(Transition transition, AppointmentStatus status) {
            super("An appointment that is " + status + " cannot " + transition.apiName());
            this.transition = transition;
            this.status = status;
        }

        public Transition transition() {
            return transition;
        }

        public AppointmentStatus status() {
            return status;
        }
    }

    /** A transition the current status allows, but not yet: its window opens at {@code notBefore}. */
    public static class TooEarlyException extends RuntimeException {
        private final Transition transition;
        private final AppointmentStatus status;
        private final Instant notBefore;

        TooEarlyException(Transition transition, AppointmentStatus status, Instant notBefore) {
            super("A " + transition.apiName() + " can be recorded from " + notBefore + " on", null, false, false);
            this.transition = transition;
            this.status = status;
            this.notBefore = notBefore;
        }

        public Transition transition() {
            return transition;
        }

        public AppointmentStatus status() {
            return status;
        }

        public Instant notBefore() {
            return notBefore;
        }
    }

    /** A transition the current status allows, but no longer: its window closed at {@code closedAt}. */
    public static class TooLateException extends RuntimeException {
        private final Transition transition;
        private final AppointmentStatus status;
        private final Instant closedAt;

        TooLateException(Transition transition, AppointmentStatus status, Instant closedAt) {
            super("A " + transition.apiName() + " could be recorded until " + closedAt, null, false, false);
            this.transition = transition;
            this.status = status;
            this.closedAt = closedAt;
        }

        public Transition transition() {
            return transition;
        }

        public AppointmentStatus status() {
            return status;
        }

        public Instant closedAt() {
            return closedAt;
        }
    }
}
