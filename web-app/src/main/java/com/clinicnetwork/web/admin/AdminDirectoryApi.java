package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.gateway.GatewayApi;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.DirectoryRoom;
import com.clinicnetwork.web.staff.DirectoryTherapist;
import com.clinicnetwork.web.staff.DirectoryTreatment;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The clinic admin's changes to the directory (therapist-service) and to a location's booking policy
 * (booking-service), through the gateway. Creating calls carry the form's {@code Idempotency-Key}, replacing calls
 * the version the admin edited ({@code If-Match}), so a change made meanwhile by someone else is refused, not lost.
 * Reads are {@link com.clinicnetwork.web.staff.StaffDirectoryApi}'s.
 */
@Component
class AdminDirectoryApi {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RestClient api;

    AdminDirectoryApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    DirectoryLocation createLocation(LocationBody location, String idempotencyKey) {
        return api.post().uri("/api/v1/locations").header(IDEMPOTENCY_KEY, idempotencyKey).body(location)
                .retrieve().body(DirectoryLocation.class);
    }

    DirectoryLocation replaceLocation(UUID id, LocationBody location, String etag) {
        return api.put().uri("/api/v1/locations/{id}", id).headers(headers -> headers.setIfMatch(etag)).body(location)
                .retrieve().body(DirectoryLocation.class);
    }

    LocationPolicy bookingPolicy(UUID locationId) {
        return api.get().uri("/api/v1/locations/{id}/booking-policy", locationId).retrieve().body(LocationPolicy.class);
    }

    LocationPolicy replaceBookingPolicy(UUID locationId, PolicyBody policy, String etag) {
        return api.put().uri("/api/v1/locations/{id}/booking-policy", locationId).headers(headers -> headers.setIfMatch(etag))
                .body(policy).retrieve().body(LocationPolicy.class);
    }

    DirectoryTreatment createTreatment(TreatmentBody treatment, String idempotencyKey) {
        return api.post().uri("/api/v1/treatments").header(IDEMPOTENCY_KEY, idempotencyKey).body(treatment)
                .retrieve().body(DirectoryTreatment.class);
    }

    DirectoryTreatment replaceTreatment(UUID id, TreatmentBody treatment, String etag) {
        return api.put().uri("/api/v1/treatments/{id}", id).headers(headers -> headers.setIfMatch(etag)).body(treatment)
                .retrieve().body(DirectoryTreatment.class);
    }

    DirectoryRoom addRoom(UUID locationId, RoomBody room, String idempotencyKey) {
        return api.post().uri("/api/v1/locations/{id}/rooms", locationId).header(IDEMPOTENCY_KEY, idempotencyKey).body(room)
                .retrieve().body(DirectoryRoom.class);
    }

    DirectoryRoom replaceRoom(UUID locationId, UUID roomId, RoomBody room, String etag) {
        return api.put().uri("/api/v1/locations/{id}/rooms/{roomId}", locationId, roomId)
                .headers(headers -> headers.setIfMatch(etag)).body(room).retrieve().body(DirectoryRoom.class);
    }

    DirectoryTherapist createTherapist(TherapistBody therapist, String idempotencyKey) {
        return api.post().uri("/api/v1/therapists").header(IDEMPOTENCY_KEY, idempotencyKey).body(therapist)
                .retrieve().body(DirectoryTherapist.class);
    }

    DirectoryTherapist replaceTherapist(UUID id, TherapistBody therapist, String etag) {
        return api.put().uri("/api/v1/therapists/{id}", id).headers(headers -> headers.setIfMatch(etag)).body(therapist)
                .retrieve().body(DirectoryTherapist.class);
    }

    DirectoryTherapist replaceWorkingHours(UUID id, List<WorkingHoursBlock> workingHours, String etag) {
        return api.put().uri("/api/v1/therapists/{id}/working-hours", id).headers(headers -> headers.setIfMatch(etag))
                .body(new WorkingHoursBody(workingHours)).retrieve().body(DirectoryTherapist.class);
    }

    void addTimeOff(UUID therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt, String idempotencyKey) {
        api.post().uri("/api/v1/therapists/{id}/time-off", therapistId).header(IDEMPOTENCY_KEY, idempotencyKey)
                .body(new TimeOffBody(startsAt, endsAt)).retrieve().toBodilessEntity();
    }

    void removeTimeOff(UUID therapistId, UUID timeOffId) {
        api.delete().uri("/api/v1/therapists/{id}/time-off/{timeOffId}", therapistId, timeOffId).retrieve().toBodilessEntity();
    }

    /** The body of {@code POST /api/v1/locations} and {@code PUT /api/v1/locations/{id}}: the complete week of hours. */
    /** @param coordinates null for none: a replacement without them removes them */
    record LocationBody(String name, String address, String timeZone, List<OpeningHoursBlock> openingHours, boolean active,
            DirectoryLocation.Coordinates coordinates) {
    }

    record OpeningHoursBlock(DayOfWeek dayOfWeek, LocalTime opensAt, LocalTime closesAt) {
    }

    record PolicyBody(int minimumNoticeMinutes, int bookingHorizonDays, int slotIntervalMinutes,
            int lateCancellationWindowMinutes, int riskNoShows, int riskLateCancellations, int riskLeadTimeDays,
            int riskLookBackMonths) {
    }

    /** The body of {@code POST /api/v1/treatments} and {@code PUT .../{id}}; {@code roomKind} null: the treatment needs no room. */
    record TreatmentBody(String name, int durationMinutes, int bufferMinutes, String requiredSpecialty, String aftercarePlan,
            BigDecimal price, boolean active, String roomKind) {
    }

    /** The body of {@code POST /api/v1/locations/{id}/rooms} and {@code PUT .../rooms/{roomId}}. */
    record RoomBody(String name, String kind, boolean active) {
    }

    record TherapistBody(String displayName, String bio, String licenceNumber, List<String> specialties, Set<UUID> locationIds,
            Set<UUID> treatmentIds, boolean active) {
    }

    record WorkingHoursBlock(UUID locationId, DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {
    }

    private record WorkingHoursBody(List<WorkingHoursBlock> workingHours) {
    }

    private record TimeOffBody(OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }
}
