package com.clinicnetwork.booking.appointment;

/** Lifecycle states, aligned with HL7 FHIR Appointment.status; the moves between them are {@link Transition}s. */
public enum AppointmentStatus {
    BOOKED,
    CHECKED_IN,
    FULFILLED,
    CANCELLED,
    NOSHOW
}
