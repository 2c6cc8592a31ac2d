package com.clinicnetwork.gateway.privacy;

import java.util.UUID;

/** The caller may not see the client, or there is no such client: the same answer, 404, either way. */
class ClientNotFoundException extends RuntimeException {

    ClientNotFoundException(UUID clientId) {
        super("Client " + clientId + " not found");
    }
}
