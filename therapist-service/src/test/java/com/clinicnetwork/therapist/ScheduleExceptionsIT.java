package com.clinicnetwork.therapist;

import static com.clinicnetwork.therapist.DirectoryApi.ADMIN;
import static com.clinicnetwork.therapist.DirectoryApi.block;
import static com.clinicnetwork.therapist.DirectoryApi.opening;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Time off and extra hours: validated, shown with the therapist, each change a new version; creating POSTs are idempotent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class ScheduleExceptionsIT {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    DirectoryApi api;
    UUID manchester;
    UUID leeds;
    UUID therapist;

    @BeforeEach
    void setUp() {
        api = new DirectoryApi(http);
        manchester = api.createLocation("Exceptions Manchester", "Europe/London");
        Map<String, Object> saturdayMornings = DirectoryApi.location("Exceptions Leeds", "Europe/London");
        saturdayMornings.put("openingHours", List.of(opening("MONDAY", "08:00", "18:00"), opening("SATURDAY", "09:00", "13:00")));
        leeds = idOf(DirectoryApi.body(api.post("/api/v1/locations", saturdayMornings, ADMIN), HttpStatus.CREATED));
        therapist = api.createTherapist("Split Week", List.of("SPORTS_MASSAGE"), List.of(manchester, leeds), List.of());
        api.replaceWorkingHours(therapist, List.of(block(manchester, "SATURDAY", "09:00", "12:00")));
    }

    @Test
    void timeOffAndExtraHoursAreShownWithTheTherapistAndEachBumpsTheVersion() {
        JsonNode timeOff = api.addTimeOff(therapist, "2027-05-03T00:00:00+01:00", "2027-05-08T00:00:00+01:00");
        JsonNode extra = api.addExtraHours(therapist, leeds, "2027-05-15", "12:00", "13:00");

        JsonNode shown = api.getOk("/api/v1/therapists/" + therapist);
        assertThat(shown.get("version").asLong()).isEqualTo(4);
        assertThat(shown.get("timeOff").get(0).get("id").asString()).isEqualTo(timeOff.get("id").asString());
        assertThat(shown.get("timeOff").get(0).get("endsAt").asString()).isEqualTo("2027-05-07T23:00:00Z");
        assertThat(shown.get("extraHours").get(0).get("date").asString()).isEqualTo("2027-05-15");
        assertThat(shown.get("extraHours").get(0).get("locationId").asString()).isEqualTo(leeds.toString());

        api.delete("/api/v1/therapists/" + therapist + "/extra-hours/" + extra.get("id").asString(), ADMIN)
                .expectStatus().isNoContent()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"5\"");
        assertThat(api.getOk("/api/v1/therapists/" + therapist).get("extraHours").size()).isZero();
    }

    @Test
    void invalidTimeOffIsAProblemNamingTheField() {
        String uri = "/api/v1/therapists/" + therapist + "/time-off";
        assertInvalid(api.post(uri, Map.of("startsAt", "2027-05-08T00:00:00Z", "endsAt", "2027-05-03T00:00:00Z"), ADMIN), "endsAt");
        assertInvalid(api.post(uri, Map.of("startsAt", "2027-05-08T00:00:00Z"), ADMIN), "endsAt");
        assertInvalid(api.post(uri, Map.of("startsAt", "2027-05-08T00:00:00", "endsAt", "2027-05-09T00:00:00Z"), ADMIN), null);
        api.addTimeOff(therapist, "2027-05-03T00:00:00Z", "2027-05-08T00:00:00Z");
        assertInvalid(api.post(uri, Map.of("startsAt", "2027-05-07T00:00:00Z", "endsAt", "2027-05-10T00:00:00Z"), ADMIN), "startsAt");
        DirectoryApi.body(api.post("/api/v1/therapists/" + UUID.randomUUID() + "/time-off",
                Map.of("startsAt", "2027-05-03T00:00:00Z", "endsAt", "2027-05-08T00:00:00Z"), ADMIN), HttpStatus.NOT_FOUND);
        assertThat(api.getOk("/api/v1/therapists/" + therapist).get("timeOff").size()).isEqualTo(1);
    }

    @Test
    void extraHoursMustFitTheOpeningHoursAndNeverPutTheTherapistInTwoPlaces() {
        // 2027-05-15 is a Saturday: weekly hours in Manchester 09:00–12:00, Leeds open 09:00–13:00.
        JsonNode twoPlaces = assertInvalid(extra(leeds, "2027-05-15", "11:00", "13:00"), "startsAt");
        assertThat(twoPlaces.get("errors").get(0).get("message").asString()).contains("weekly hours SATURDAY", manchester.toString());
        JsonNode closed = assertInvalid(extra(leeds, "2027-05-16", "09:00", "12:00"), "startsAt");
        assertThat(closed.get("errors").get(0).get("message").asString()).contains("closed");
        assertInvalid(extra(leeds, "2027-05-15", "12:30", "14:00"), "startsAt");
        assertInvalid(extra(leeds, "2027-05-15", "13:00", "12:00"), "endsAt");
        assertInvalid(extra(api.createLocation("Elsewhere", "Europe/London"), "2027-05-15", "12:00", "13:00"), "locationId");

        api.addExtraHours(therapist, leeds, "2027-05-15", "12:00", "13:00");
        assertInvalid(extra(manchester, "2027-05-15", "12:30", "14:00"), "startsAt");
        JsonNode weeklyClash = assertInvalid(api.put("/api/v1/therapists/" + therapist + "/working-hours",
                Map.of("workingHours", List.of(block(manchester, "SATURDAY", "09:00", "14:00"))), ADMIN), "workingHours");
        assertThat(weeklyClash.get("errors").get(0).get("message").asString()).contains("extra hours on 2027-05-15");
    }

    @Test
    void aRetriedCreationReturnsTheFirstResponseAndAReusedKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> location = DirectoryApi.location("Idempotent Clinic", "Europe/Berlin");

        RestTestClient.ResponseSpec first = api.post("/api/v1/locations", location, ADMIN, key);
        JsonNode created = DirectoryApi.body(first, HttpStatus.CREATED);
        JsonNode retried = DirectoryApi.body(api.post("/api/v1/locations", location, ADMIN, key), HttpStatus.CREATED);
        assertThat(retried).isEqualTo(created);
        assertThat(jdbc.sql("SELECT count(*) FROM locations WHERE name = 'Idempotent Clinic'").query(Long.class).single())
                .isEqualTo(1);

        location.put("name", "Another Clinic");
        JsonNode reused = DirectoryApi.body(api.post("/api/v1/locations", location, ADMIN, key), HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(reused.get("type").asString()).endsWith("/idempotency-key-reused");

        String timeOffKey = UUID.randomUUID().toString();
        Map<String, Object> timeOff = Map.of("startsAt", "2027-06-01T00:00:00Z", "endsAt", "2027-06-02T00:00:00Z");
        String uri = "/api/v1/therapists/" + therapist + "/time-off";
        JsonNode once = DirectoryApi.body(api.post(uri, timeOff, ADMIN, timeOffKey), HttpStatus.CREATED);
        JsonNode twice = DirectoryApi.body(api.post(uri, timeOff, ADMIN, timeOffKey), HttpStatus.CREATED);
        assertThat(twice.get("id")).isEqualTo(once.get("id"));
        assertThat(api.getOk("/api/v1/therapists/" + therapist).get("timeOff").size()).isEqualTo(1);
        assertInvalid(api.post(uri, timeOff, ADMIN, " "), "Idempotency-Key");
    }

    private RestTestClient.ResponseSpec extra(UUID location, String date, String startsAt, String endsAt) {
        return api.post("/api/v1/therapists/" + therapist + "/extra-hours",
                Map.of("locationId", location, "date", date, "startsAt", startsAt, "endsAt", endsAt), ADMIN);
    }

    /** A 400 problem; with a field, the validation problem naming exactly it. */
    private static JsonNode assertInvalid(RestTestClient.ResponseSpec response, String field) {
        JsonNode problem = DirectoryApi.body(response, HttpStatus.BAD_REQUEST);
        if (field != null) {
            assertThat(problem.get("errors").values()).extracting(error -> error.get("field").asString()).containsExactly(field);
        }
        return problem;
    }

    private static UUID idOf(JsonNode body) {
        return UUID.fromString(body.get("id").asString());
    }
}
