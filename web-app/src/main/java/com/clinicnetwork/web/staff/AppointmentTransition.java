package com.clinicnetwork.web.staff;

import java.util.Locale;
import java.util.Optional;

/**
 * The changes staff record on an appointment, by the last segment of the API path ({@code /check-in}, ...); CONFIRM is
 * the front desk recording a client's confirmation given on the phone.
 */
public enum AppointmentTransition {
    CHECK_IN, FULFIL, NO_SHOW, CONFIRM;

    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A transition from the path segment the forms post to; anything else is none. */
    public static Optional<AppointmentTransition> fromPath(String path) {
        for (AppointmentTransition transition : values()) {
            if (transition.path().equals(path)) {
                return Optional.of(transition);
            }
        }
        return Optional.empty();
    }
}
