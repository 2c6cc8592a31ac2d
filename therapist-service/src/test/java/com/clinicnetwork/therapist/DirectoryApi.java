package com.clinicnetwork.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The directory's HTTP API as a clinic admin's front end uses it, for integration tests. Locations it
 * creates are open 07:00–21:00 every day unless a test says otherwise.
 */
public final class DirectoryApi {

    public static final String ADMIN = TestTokens.bearer(TokenClaims.clinicAdmin("admin-it"));

    private final RestTestClient http;

    public DirectoryApi(RestTestClient http) {
        this.http = http;
    }

    public RestTestClient.ResponseSpec get(String uri, String token) {
        return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    public RestTestClient.ResponseSpec post(String uri, Object body, String token) {
        return http.post().uri(uri).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    public RestTestClient.ResponseSpec put(String uri, Object body, String token) {
        return http.put().uri(uri).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    /** A conditional PUT: applies only if the resource is still at {@code version}. */
    public RestTestClient.ResponseSpec put(String uri, Object body, String token, long version) {
        return http.put().uri(uri).header(HttpHeaders.AUTHORIZATION, token).header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    /** A creating POST with an {@code Idempotency-Key}. */
    public RestTestClient.ResponseSpec post(String uri, Object body, String token, String idempotencyKey) {
        return http.post().uri(uri).header(HttpHeaders.AUTHORIZATION, token).header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    public RestTestClient.ResponseSpec delete(String uri, String token) {
        return http.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    public JsonNode addTimeOff(UUID therapistId, String startsAt, String endsAt) {
        return body(post("/api/v1/therapists/" + therapistId + "/time-off", Map.of("startsAt", startsAt, "endsAt", endsAt), ADMIN),
                HttpStatus.CREATED);
    }

    public JsonNode addExtraHours(UUID therapistId, UUID locationId, String date, String startsAt, String endsAt) {
        return body(post("/api/v1/therapists/" + therapistId + "/extra-hours", Map.of("locationId", locationId, "date", date,
                "startsAt", startsAt, "endsAt", endsAt), ADMIN), HttpStatus.CREATED);
    }

    public JsonNode getOk(String uri) {
        return body(get(uri, ADMIN), HttpStatus.OK);
    }

    public UUID createLocation(String name, String timeZone) {
        return id(body(post("/api/v1/locations", location(name, timeZone), ADMIN), HttpStatus.CREATED));
    }

    public UUID createTreatment(String name, String requiredSpecialty) {
        return id(body(post("/api/v1/treatments", treatment(name, requiredSpecialty), ADMIN), HttpStatus.CREATED));
    }

    public UUID createTherapist(String displayName, List<String> specialties, List<UUID> locationIds, List<UUID> treatmentIds) {
        return id(body(post("/api/v1/therapists", therapist(displayName, specialties, locationIds, treatmentIds), ADMIN),
                HttpStatus.CREATED));
    }

    public JsonNode replaceWorkingHours(UUID therapistId, List<Map<String, Object>> blocks) {
        return body(put("/api/v1/therapists/" + therapistId + "/working-hours", Map.of("workingHours", blocks), ADMIN),
                HttpStatus.OK);
    }

    public static Map<String, Object> location(String name, String timeZone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("address", "1 Test Street, Manchester M1 1AA");
        body.put("timeZone", timeZone);
        body.put("openingHours", List.of(DayOfWeek.values()).stream()
                .map(day -> opening(day.name(), "07:00", "21:00")).toList());
        return body;
    }

    public static Map<String, Object> treatment(String name, String requiredSpecialty) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("durationMinutes", 60);
        body.put("bufferMinutes", 15);
        body.put("requiredSpecialty", requiredSpecialty);
        body.put("aftercarePlan", "Twice a day: 10 quad sets and a 30 s hamstring stretch each side.");
        body.put("price", 65.00);
        return body;
    }

    public static Map<String, Object> therapist(String displayName, List<String> specialties, List<UUID> locationIds,
            List<UUID> treatmentIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", displayName);
        body.put("bio", "Sports therapist who treats runners' knees.");
        body.put("licenceNumber", "LIC-" + UUID.randomUUID());
        body.put("specialties", specialties);
        body.put("locationIds", locationIds);
        body.put("treatmentIds", treatmentIds);
        return body;
    }

    /** Opening hours of one day, local time. */
    public static Map<String, Object> opening(String dayOfWeek, String opensAt, String closesAt) {
        return Map.of("dayOfWeek", dayOfWeek, "opensAt", opensAt, "closesAt", closesAt);
    }

    public static Map<String, Object> block(UUID locationId, String dayOfWeek, String startsAt, String endsAt) {
        return Map.of("locationId", locationId, "dayOfWeek", dayOfWeek, "startsAt", startsAt, "endsAt", endsAt);
    }

    public static JsonNode body(RestTestClient.ResponseSpec response, HttpStatus expected) {
        JsonNode body = response.expectStatus().isEqualTo(expected).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    private static UUID id(JsonNode body) {
        return UUID.fromString(body.get("id").asString());
    }
}
