package com.clinicnetwork.web.appointments;

import com.clinicnetwork.web.gateway.GatewayApi;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Courses ({@code /api/v1/appointment-series}) through the gateway, as the signed-in person. */
@Component
public class CoursesApi {

    private final RestClient api;

    public CoursesApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    /** Books every session or none (409 {@code series-unavailable} names the dates that cannot be booked). */
    public UUID book(CourseRequest request, String idempotencyKey) {
        return api.post().uri("/api/v1/appointment-series").header("Idempotency-Key", idempotencyKey).body(request)
                .retrieve().body(Booked.class).id();
    }

    public Course course(UUID id) {
        return api.get().uri("/api/v1/appointment-series/{id}", id).retrieve().body(Course.class);
    }

    /** Cancels every session still booked and to come, all or none. */
    public Course cancel(UUID id, String reason) {
        return api.post().uri("/api/v1/appointment-series/{id}/cancel", id).body(Map.of("reason", reason))
                .retrieve().body(Course.class);
    }

    /** The body of {@code POST /api/v1/appointment-series} for the signed-in client. */
    public record CourseRequest(UUID therapistId, UUID locationId, UUID treatmentId, OffsetDateTime firstStartsAt,
            int intervalWeeks, int occurrences, String intakeNotes) {
    }

    private record Booked(UUID id) {
    }
}
