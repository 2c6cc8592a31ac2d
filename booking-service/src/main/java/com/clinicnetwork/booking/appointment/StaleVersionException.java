package com.clinicnetwork.booking.appointment;

/** The caller's {@code If-Match} names a version the appointment has moved on from. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException() {
        super("The appointment has changed since the caller read it", null, false, false);
    }
}
