package com.clinicnetwork.web.client.profile;

import java.io.Serializable;
import java.util.UUID;

/** The signed-in client's record at booking-service ({@code GET /api/v1/clients/me}); kept in the session. */
public record ClientProfile(UUID id, String firstName, String lastName, String email, String phone, String timeZone,
        String locale, UUID registeredLocationId) implements Serializable {
}
