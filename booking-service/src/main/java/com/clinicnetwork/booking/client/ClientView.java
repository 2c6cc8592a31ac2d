package com.clinicnetwork.booking.client;

import java.util.UUID;

public record ClientView(UUID id, String firstName, String lastName, String email, String phone, String timeZone, String locale,
        UUID registeredLocationId, long version) {

    static ClientView of(Client client) {
        return new ClientView(client.id(), client.firstName(), client.lastName(), client.email(), client.phone(),
                client.timeZone(), client.locale(), client.registeredLocationId(), client.version());
    }
}
