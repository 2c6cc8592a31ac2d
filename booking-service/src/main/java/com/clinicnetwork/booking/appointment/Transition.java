package com.clinicnetwork.booking.appointment;

import static com.clinicnetwork.booking.appointment.AppointmentStatus.BOOKED;
import static com.clinicnetwork.booking.appointment.AppointmentStatus.CANCELLED;
import static com.clinicnetwork.booking.appointment.AppointmentStatus.CHECKED_IN;
import static com.clinicnetwork.booking.appointment.AppointmentStatus.FULFILLED;
import static com.clinicnetwork.booking.appointment.AppointmentStatus.NOSHOW;

import com.clinicnetwork.contracts.EventTypes;
import java.time.Instant;
import java.util.Set;

/**
 * The appointment state machine, aligned with HL7 FHIR Appointment.status: BOOKED → CHECKED_IN → FULFILLED,
 * and from BOOKED to CANCELLED or NOSHOW. A reschedule keeps the appointment BOOKED. Every other move is
 * illegal: finished appointments (fulfilled, cancelled, no-show) never change again.
 *
 * <p>Some transitions also depend on the clock: a client can only fail to turn up once the appointment has
 * started, so a no-show before the start time is refused (a mistaken click on the wrong appointment or day).
 */
public enum Transition {
    RESCHEDULE(Set.of(BOOKED), BOOKED, EventTypes.APPOINTMENT_RESCHEDULED, false),
    CANCEL(Set.of(BOOKED), CANCELLED, EventTypes.APPOINTMENT_CANCELLED, false),
    CHECK_IN(Set.of(BOOKED), CHECKED_IN, EventTypes.APPOINTMENT_CHECKED_IN, false),
    FULFIL(Set.of(CHECKED_IN), FULFILLED, EventTypes.APPOINTMENT_FULFILLED, false),
    NO_SHOW(Set.of(BOOKED), NOSHOW, EventTypes.APPOINTMENT_NO_SHOW, true);

    private final Set<AppointmentStatus> from;
    private final AppointmentStatus to;
    private final String eventType;
    private final boolean onlyOnceStarted;

    Transition(Set<AppointmentStatus> from, AppointmentStatus to, String eventType, boolean onlyOnceStarted) {
        this.from = from;
        this.to = to;
        this.eventType = eventType;
        this.onlyOnceStarted = onlyOnceStarted;
    }

    public boolean allowedFrom(AppointmentStatus status) {
        return from.contains(status);
    }

    /** Whether the transition may happen at {@code now} to an appointment starting at {@code startsAt}. */
    public boolean allowedAt(Instant startsAt, Instant now) {
        return !onlyOnceStarted || !now.isBefore(startsAt);
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
     * @throws TooEarlyException          if the transition waits for the appointment's start and {@code now} is before it
     */
    public void require(AppointmentStatus status, Instant startsAt, Instant now) {
        if (!allowedFrom(status)) {
            throw new IllegalTransitionException(this, status);
        }
        if (!allowedAt(startsAt, now)) {
            throw new TooEarlyException(this, status, startsAt);
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

    /** A transition the current status allows, but only once the appointment has started. */
    public static class TooEarlyException extends RuntimeException {
        private final Transition transition;
        private final AppointmentStatus status;
        private final Instant notBefore;

        TooEarlyException(Transition transition, AppointmentStatus status, Instant notBefore) {
            super("A " + transition.apiName() + " can be recorded only once the appointment has started", null, false, false);
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
}
