package com.clinicnetwork.booking.limits;

/** The client's personal data has been erased: nothing can be booked for them any more. */
public class ClientErasedException extends RuntimeException {

    ClientErasedException() {
        super("The client has been erased", null, false, false);
    }
}
