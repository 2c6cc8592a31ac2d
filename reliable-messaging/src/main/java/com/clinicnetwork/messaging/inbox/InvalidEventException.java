package com.clinicnetwork.messaging.inbox;

/**
 * A record that can never be processed (missing CloudEvents headers, malformed or invalid payload).
 * It is not retried: it goes straight to the dead-letter topic so it cannot block its partition.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
