package com.clinicnetwork.web.frontdesk;

import java.util.UUID;

/** A client record as the API shows it to the front desk of one of the client's locations. */
public record ClientRecord(UUID id, String firstName, String lastName, String email, String phone, String timeZone,
        String locale, UUID registeredLocationId, long version) {

    public String name() {
        return firstName + " " + lastName;
    }
}
