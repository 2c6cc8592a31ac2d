package com.clinicnetwork.booking.appointment;

import java.time.Instant;

/** Intake notes change only while the appointment is booked and has not started. */
public class IntakeNotesClosedException extends RuntimeException {

    private final AppointmentStatus status;
    private final Instant startsAt;

    IntakeNotesClosedException(AppointmentStatus status, Instant startsAt) {
        super("Intake notes can no longer change", null, false, false);
        this.status = status;
        this.startsAt = startsAt;
    }

    public AppointmentStatus status() {
        return status;
    }

    public Instant startsAt() {
        return startsAt;
    }
}
