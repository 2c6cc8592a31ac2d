package com.clinicnetwork.web.frontdesk;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.gateway.GatewayApi;
import com.clinicnetwork.web.gateway.Page;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * What the front desk does for clients through the gateway: find one of its location's clients, register a walk-in,
 * and book on a client's behalf. Creating calls carry the form's {@code Idempotency-Key}.
 */
@Component
class FrontDeskApi {

    static final int CLIENTS_PER_PAGE = 20;

    private final RestClient api;

    FrontDeskApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    /** Clients whose name or email contains {@code text} (at least 2 characters), among those the desk may read. */
    Page<ClientRecord> findClients(String text, int page) {
        return api.get().uri(uri -> uri.path("/api/v1/clients").queryParam("q", "{q}").queryParam("page", page)
                        .queryParam("size", CLIENTS_PER_PAGE).build(Map.of("q", text)))
                .retrieve().body(new ParameterizedTypeReference<Page<ClientRecord>>() { });
    }

    ClientRecord client(UUID id) {
        return api.get().uri("/api/v1/clients/{id}", id).retrieve().body(ClientRecord.class);
    }

    ClientRecord register(NewClient client, String idempotencyKey) {
        return api.post().uri("/api/v1/clients").header("Idempotency-Key", idempotencyKey).body(client)
                .retrieve().body(ClientRecord.class);
    }

    Appointment book(Booking booking, String idempotencyKey) {
        return api.post().uri("/api/v1/appointments").header("Idempotency-Key", idempotencyKey).body(booking)
                .retrieve().body(Appointment.class);
    }

    /** The body of {@code POST /api/v1/clients} from the front desk. */
    record NewClient(String firstName, String lastName, String email, String phone, String timeZone, String locale,
            UUID registeredLocationId) {
    }

    /** The body of {@code POST /api/v1/appointments} on a client's behalf. */
    record Booking(UUID clientId, UUID therapistId, UUID locationId, UUID treatmentId, OffsetDateTime startsAt,
            String intakeNotes) {
    }
}
