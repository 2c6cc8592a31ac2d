package com.clinicnetwork.booking.client;

import java.util.UUID;

/** A person who books treatments, with what the clinic needs to reach them. */
public record Client(UUID id, String firstName, String lastName, String email, String phone, String timeZone, String locale,
        long version) {
}
