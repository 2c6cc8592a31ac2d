package com.clinicnetwork.web.client.profile;

import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.GatewayApi;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The signed-in client's own record through the gateway ({@code /api/v1/clients}). */
@Component
class ClientsApi {

    private final RestClient api;

    ClientsApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    /** The person's client record, or empty when they have none yet (a new sign-up: 404). */
    Optional<ClientProfile> me() {
        try {
            return Optional.ofNullable(api.get().uri("/api/v1/clients/me").retrieve().body(ClientProfile.class));
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Creates the person's own record; 409 {@code client-profile-exists} if they already have one. */
    ClientProfile create(NewClient client) {
        return api.post().uri("/api/v1/clients").body(client).retrieve().body(ClientProfile.class);
    }

    /** The body of {@code POST /api/v1/clients} as a client for themselves. */
    record NewClient(String firstName, String lastName, String email, String phone, String timeZone, String locale,
            UUID registeredLocationId) {
    }
}
