package com.clinicnetwork.web.client.waitlist;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.gateway.GatewayApi;
import com.clinicnetwork.web.gateway.Page;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The waitlist ({@code /api/v1/waitlist}) through the gateway, as the signed-in client. */
@Component
class WaitlistApi {

    private final RestClient api;

    WaitlistApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    WaitlistEntry join(JoinRequest request) {
        return api.post().uri("/api/v1/waitlist").body(request).retrieve().body(WaitlistEntry.class);
    }

    /** The client's entries, newest first, each with its current or last offer. */
    Page<WaitlistEntry> entriesOf(UUID clientId, int page) {
        return api.get().uri("/api/v1/waitlist?clientId={id}&page={page}&size=20", clientId, page).retrieve()
                .body(new ParameterizedTypeReference<Page<WaitlistEntry>>() { });
    }

    WaitlistEntry leave(UUID entryId) {
        return api.delete().uri("/api/v1/waitlist/{id}", entryId).retrieve().body(WaitlistEntry.class);
    }

    Appointment accept(UUID offerId) {
        return api.post().uri("/api/v1/waitlist/offers/{id}/accept", offerId).retrieve().body(Appointment.class);
    }

    void decline(UUID offerId) {
        api.post().uri("/api/v1/waitlist/offers/{id}/decline", offerId).retrieve().toBodilessEntity();
    }

    /**
     * The body of {@code POST /api/v1/waitlist} for the signed-in client: at {@code locationId} ({@code therapistId} null
     * for anyone), or with {@code specialty} and {@code near} (then {@code locationId} and {@code therapistId} null).
     */
    record JoinRequest(UUID locationId, UUID treatmentId, UUID therapistId, String specialty, Near near,
            OffsetDateTime windowStart, OffsetDateTime windowEnd, String intakeNotes) {
    }

    /** Around a location of the chain, within {@code radiusKm}. */
    record Near(UUID locationId, int radiusKm) {
    }
}
