package com.clinicnetwork.web.appointments;

import com.clinicnetwork.web.gateway.GatewayApi;
import com.clinicnetwork.web.gateway.Page;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Availability, appointments and booking policies through the gateway (booking-service's part of the public API),
 * as the signed-in person. Creating calls carry the form's {@code Idempotency-Key}; changes carry {@code If-Match}.
 */
@Component
public class AppointmentsApi {

    private final RestClient api;

    public AppointmentsApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    /** Free starts in {@code [from, to)} (at most 31 days), for one therapist or for all at the location. */
    public List<FreeSlot> freeSlots(UUID locationId, UUID treatmentId, UUID therapistId, OffsetDateTime from, OffsetDateTime to) {
        return api.get().uri(uri -> {
                    uri.path("/api/v1/availability").queryParam("locationId", locationId).queryParam("treatmentId", treatmentId)
                            .queryParam("from", "{from}").queryParam("to", "{to}");
                    if (therapistId != null) {
                        uri.queryParam("therapistId", therapistId);
                    }
                    return uri.build(Map.of("from", from.toString(), "to", to.toString()));
                })
                .retrieve().body(new ParameterizedTypeReference<List<FreeSlot>>() { });
    }

    public Appointment book(BookingRequest request, String idempotencyKey) {
        return api.post().uri("/api/v1/appointments").header("Idempotency-Key", idempotencyKey).body(request)
                .retrieve().body(Appointment.class);
    }

    public Versioned<Appointment> appointment(UUID id) {
        ResponseEntity<Appointment> answer = api.get().uri("/api/v1/appointments/{id}", id).retrieve().toEntity(Appointment.class);
        return new Versioned<>(answer.getBody(), answer.getHeaders().getETag());
    }

    /** The client's appointments starting in {@code [from, to)} (either may be null), as the API orders them. */
    public Page<Appointment> appointmentsOf(UUID clientId, OffsetDateTime from, OffsetDateTime to, String status, int page, int size) {
        return api.get().uri(uri -> {
                    uri.path("/api/v1/appointments").queryParam("clientId", clientId).queryParam("page", page)
                            .queryParam("size", size);
                    if (from != null) {
                        uri.queryParam("from", "{from}");
                    }
                    if (to != null) {
                        uri.queryParam("to", "{to}");
                    }
                    if (status != null) {
                        uri.queryParam("status", status);
                    }
                    return uri.build(Map.of("from", String.valueOf(from), "to", String.valueOf(to)));
                })
                .retrieve().body(new ParameterizedTypeReference<Page<Appointment>>() { });
    }

    public Appointment reschedule(UUID id, OffsetDateTime startsAt, String etag) {
        return api.post().uri("/api/v1/appointments/{id}/reschedule", id).headers(headers -> ifMatch(headers, etag))
                .body(Map.of("startsAt", startsAt.toString())).retrieve().body(Appointment.class);
    }

    public Appointment cancel(UUID id, String reason, String etag) {
        return api.post().uri("/api/v1/appointments/{id}/cancel", id).headers(headers -> ifMatch(headers, etag))
                .body(Map.of("reason", reason)).retrieve().body(Appointment.class);
    }

    /**
     * The client confirms they will come to a booking at risk of a no-show, as they saw it ({@code version}, sent as the
     * API's entity tag in {@code If-Match}); confirming again changes nothing.
     */
    public Appointment confirm(UUID id, long version) {
        return api.post().uri("/api/v1/appointments/{id}/confirm", id).headers(headers -> ifMatch(headers, "\"" + version + "\""))
                .retrieve().body(Appointment.class);
    }

    public BookingPolicy bookingPolicy(UUID locationId) {
        return api.get().uri("/api/v1/locations/{id}/booking-policy", locationId).retrieve().body(BookingPolicy.class);
    }

    /** Without an entity tag (none was read) the change applies to the current version, as the API allows. */
    static void ifMatch(HttpHeaders headers, String etag) {
        if (etag != null && !etag.isBlank()) {
            headers.setIfMatch(etag);
        }
    }

    /** The body of {@code POST /api/v1/appointments} for the signed-in client (no {@code clientId}: themselves). */
    public record BookingRequest(UUID therapistId, UUID locationId, UUID treatmentId, OffsetDateTime startsAt,
            String intakeNotes) {
    }
}
