package com.clinicnetwork.booking.client;

import com.clinicnetwork.contracts.appointment.ClientContact;
import java.util.UUID;

/**
 * A person who books treatments, with what the clinic needs to reach them.
 *
 * @param registeredLocationId the location whose front desk registered the client, or null (registered by an admin
 *                             or by themselves): front desk there may read the record without an appointment
 */
public record Client(UUID id, String firstName, String lastName, String email, String phone, String timeZone, String locale,
        UUID registeredLocationId, long version) {

    /** What a message about their bookings needs to reach them: how to greet them, where to write, in which language. */
    public ClientContact contact() {
        return new ClientContact(firstName, email, locale);
    }
}
