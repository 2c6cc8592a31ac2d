package com.clinicnetwork.booking.client;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ClientView(UUID id, String firstName, String lastName, String email, @Nullable String phone, String timeZone, String locale,
        @Nullable UUID registeredLocationId, long version) {

    static ClientView of(Client client) {
        return new ClientView(client.id(), client.firstName(), client.lastName(), client.email(), client.phone(),
                client.timeZone(), client.locale(), client.registeredLocationId(), client.version());
    }
}
