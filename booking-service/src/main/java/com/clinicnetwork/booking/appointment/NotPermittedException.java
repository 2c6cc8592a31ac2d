package com.clinicnetwork.booking.appointment;

/** The caller may see the thing but not do this with it (object-level authorization); {@code detail} says why. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String detail) {
        super(detail, null, false, false);
    }
}
