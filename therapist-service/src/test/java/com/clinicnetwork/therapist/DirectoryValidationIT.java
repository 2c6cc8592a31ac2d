package com.clinicnetwork.therapist;

import static com.clinicnetwork.therapist.DirectoryApi.ADMIN;
import static com.clinicnetwork.therapist.DirectoryApi.block;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Invalid input is answered with an RFC 9457 problem naming the field, never a 500, and changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class DirectoryValidationIT {

    private static final String VALIDATION = "https://api.clinic-network.example/problems/validation";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    DirectoryApi api;

    @BeforeEach
    void setUp() {
        api = new DirectoryApi(http);
    }

    @Test
    void aLocationNeedsANameAnAddressAndAnIanaTimeZone() {
        Map<String, Object> blank = DirectoryApi.location(" ", "Europe/London");
        blank.remove("address");
        assertInvalid(api.post("/api/v1/locations", blank, ADMIN), "name", "address");

        assertInvalid(api.post("/api/v1/locations", DirectoryApi.location("Offset Clinic", "+01:00"), ADMIN), "timeZone");
        assertInvalid(api.post("/api/v1/locations", DirectoryApi.location("Typo Clinic", "Europe/Lundon"), ADMIN), "timeZone");
    }

    @Test
    void coordinatesAreWholeAndOnTheGlobe() {
        Map<String, Object> offTheGlobe = DirectoryApi.location("Pole Clinic", "Europe/London");
        offTheGlobe.put("coordinates", Map.of("latitude", 90.5, "longitude", -180.01));
        assertInvalid(api.post("/api/v1/locations", offTheGlobe, ADMIN), "coordinates.latitude", "coordinates.longitude");

        Map<String, Object> halfPlaced = DirectoryApi.location("Half Clinic", "Europe/London");
        halfPlaced.put("coordinates", Map.of("latitude", 53.48));
        assertInvalid(api.post("/api/v1/locations", halfPlaced, ADMIN), "coordinates.longitude");

        Map<String, Object> notANumber = DirectoryApi.location("Text Clinic", "Europe/London");
        notANumber.put("coordinates", Map.of("latitude", "north", "longitude", -2.24));
        api.post("/api/v1/locations", notANumber, ADMIN).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        UUID location = api.createLocation("Edge Clinic", "Europe/London");
        Map<String, Object> edges = DirectoryApi.location("Edge Clinic", "Europe/London");
        edges.put("coordinates", Map.of("latitude", -90, "longitude", 180));
        assertThat(DirectoryApi.body(api.put("/api/v1/locations/" + location, edges, ADMIN), HttpStatus.OK)
                .get("coordinates").get("longitude").asDouble()).isEqualTo(180);
        edges.put("coordinates", Map.of("latitude", 91, "longitude", 0));
        assertInvalid(api.put("/api/v1/locations/" + location, edges, ADMIN), "coordinates.latitude");
        assertThat(api.getOk("/api/v1/locations/" + location).get("coordinates").get("latitude").asDouble()).isEqualTo(-90);
    }

    @Test
    void aTreatmentNeedsASpecialtyFromTheManagedListAndSaneDurations() {
        assertInvalid(api.post("/api/v1/treatments", DirectoryApi.treatment("Hot stones", "Hot stones"), ADMIN),
                "requiredSpecialty");

        Map<String, Object> tooShort = DirectoryApi.treatment("Knee check", "KNEE_REHABILITATION");
        tooShort.put("durationMinutes", 0);
        tooShort.put("bufferMinutes", -5);
        tooShort.put("price", -1);
        assertInvalid(api.post("/api/v1/treatments", tooShort, ADMIN), "bufferMinutes", "durationMinutes", "price");
    }

    @Test
    void aTherapistMustReferToExistingLocationsAndTreatments() {
        UUID location = api.createLocation("Validation Clinic", "Europe/London");
        UUID unknown = UUID.randomUUID();

        JsonNode unknownLocation = assertInvalid(api.post("/api/v1/therapists", DirectoryApi.therapist("Pat Test",
                List.of("DEEP_TISSUE"), List.of(location, unknown), List.of()), ADMIN), "locationIds");
        assertThat(unknownLocation.get("errors").get(0).get("message").asString()).contains(unknown.toString());

        assertInvalid(api.post("/api/v1/therapists", DirectoryApi.therapist("Pat Test",
                List.of("DEEP_TISSUE"), List.of(location), List.of(unknown)), ADMIN), "treatmentIds");
        assertInvalid(api.post("/api/v1/therapists", DirectoryApi.therapist("Pat Test",
                List.of("DEEP_TISSUE", "Reiki"), List.of(location), List.of()), ADMIN), "specialties[1]");
        assertInvalid(api.post("/api/v1/therapists", DirectoryApi.therapist("Pat Test",
                List.of(), List.of(), List.of()), ADMIN), "locationIds", "specialties");
    }

    @Test
    void aTherapistOffersOnlyTreatmentsTheirSpecialtiesAllow() {
        UUID location = api.createLocation("Specialty Clinic", "Europe/London");
        UUID knee = api.createTreatment("Knee pain relief massage, 60 min", "KNEE_REHABILITATION");

        JsonNode problem = assertInvalid(api.post("/api/v1/therapists", DirectoryApi.therapist("Sam Sports",
                List.of("SPORTS_MASSAGE"), List.of(location), List.of(knee)), ADMIN), "treatmentIds");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("KNEE_REHABILITATION");
    }

    @Test
    void aTherapistsEmailIsAnAddressOrNone() {
        UUID location = api.createLocation("Email Clinic", "Europe/London");
        for (String notAnAddress : List.of("maya", "maya@clinic", "maya okafor@clinic.example", "m".repeat(250) + "@x.example")) {
            Map<String, Object> therapist = DirectoryApi.therapist("Mail Test", List.of("PRENATAL"), List.of(location), List.of());
            therapist.put("email", notAnAddress);
            assertInvalid(api.post("/api/v1/therapists", therapist, ADMIN), "email");
        }
        Map<String, Object> blank = DirectoryApi.therapist("Mail Test", List.of("PRENATAL"), List.of(location), List.of());
        blank.put("email", "  ");

        assertThat(DirectoryApi.body(api.post("/api/v1/therapists", blank, ADMIN), HttpStatus.CREATED).get("email").isNull()).isTrue();
    }

    @Test
    void aLicenceNumberBelongsToOneTherapist() {
        UUID location = api.createLocation("Licence Clinic", "Europe/London");
        Map<String, Object> first = DirectoryApi.therapist("First Holder", List.of("PRENATAL"), List.of(location), List.of());
        DirectoryApi.body(api.post("/api/v1/therapists", first, ADMIN), HttpStatus.CREATED);
        Map<String, Object> second = DirectoryApi.therapist("Second Holder", List.of("PRENATAL"), List.of(location), List.of());
        second.put("licenceNumber", first.get("licenceNumber"));

        JsonNode problem = DirectoryApi.body(api.post("/api/v1/therapists", second, ADMIN), HttpStatus.CONFLICT);
        assertThat(problem.get("type").asString()).endsWith("/conflict");
    }

    @Test
    void workingHoursMustEndAfterTheyStartAndNeverOverlapEvenAcrossLocations() {
        UUID manchester = api.createLocation("Hours Manchester", "Europe/London");
        UUID leeds = api.createLocation("Hours Leeds", "Europe/London");
        UUID elsewhere = api.createLocation("Hours Elsewhere", "Europe/London");
        UUID therapist = api.createTherapist("Tom Split", List.of("SPORTS_MASSAGE"), List.of(manchester, leeds), List.of());
        String uri = "/api/v1/therapists/" + therapist + "/working-hours";

        assertInvalid(api.put(uri, Map.of("workingHours", List.of(
                block(manchester, "MONDAY", "17:00", "09:00"))), ADMIN), "workingHours[0].endsAt");
        JsonNode twoPlaces = assertInvalid(api.put(uri, Map.of("workingHours", List.of(
                block(manchester, "MONDAY", "09:00", "17:00"),
                block(leeds, "MONDAY", "15:00", "19:00"))), ADMIN), "workingHours[1].startsAt");
        assertThat(twoPlaces.get("errors").get(0).get("message").asString()).contains("overlaps", manchester.toString());
        assertInvalid(api.put(uri, Map.of("workingHours", List.of(
                block(elsewhere, "TUESDAY", "09:00", "17:00"))), ADMIN), "workingHours[0].locationId");
        assertInvalid(api.put(uri, Map.of("workingHours", List.of(
                Map.of("locationId", manchester, "dayOfWeek", "MONDAY", "startsAt", "09:00"))), ADMIN),
                "workingHours[0].endsAt");

        JsonNode unchanged = api.getOk("/api/v1/therapists/" + therapist);
        assertThat(unchanged.get("version").asLong()).isEqualTo(1);
        assertThat(unchanged.get("workingHours").size()).isZero();
        assertThat(outboxEventsAbout(therapist)).isEqualTo(1);

        api.replaceWorkingHours(therapist, List.of(
                block(manchester, "MONDAY", "09:00", "13:00"),
                block(leeds, "MONDAY", "14:00", "18:00")));
        assertThat(outboxEventsAbout(therapist)).isEqualTo(2);
    }

    @Test
    void unknownPathIdsAre404AndMalformedOnes400() {
        UUID unknown = UUID.randomUUID();
        for (String uri : List.of("/api/v1/locations/" + unknown, "/api/v1/treatments/" + unknown, "/api/v1/therapists/" + unknown)) {
            JsonNode problem = DirectoryApi.body(api.get(uri, ADMIN), HttpStatus.NOT_FOUND);
            assertThat(problem.get("type").asString()).endsWith("/not-found");
        }
        DirectoryApi.body(api.put("/api/v1/therapists/" + unknown + "/working-hours", Map.of("workingHours", List.of()), ADMIN),
                HttpStatus.NOT_FOUND);
        assertInvalid(api.get("/api/v1/therapists/not-a-uuid", ADMIN), "id");
    }

    @Test
    void malformedBodiesAndPagingOutOfBoundsAreProblemsToo() {
        JsonNode malformed = DirectoryApi.body(http.post().uri("/api/v1/locations").header(HttpHeaders.AUTHORIZATION, ADMIN)
                .contentType(MediaType.APPLICATION_JSON).body("{\"name\": ").exchange(), HttpStatus.BAD_REQUEST);
        assertThat(malformed.get("type").asString()).endsWith("/malformed-request");
        assertThat(malformed.has("trace")).isFalse();

        assertInvalid(api.get("/api/v1/locations?size=0", ADMIN), "size");
        assertInvalid(api.get("/api/v1/treatments?size=1000", ADMIN), "size");
        assertInvalid(api.get("/api/v1/therapists?page=-1", ADMIN), "page");
        assertInvalid(api.get("/api/v1/therapists?specialty=Massage", ADMIN), "specialty");
        assertInvalid(api.get("/api/v1/therapists?locationId=nowhere", ADMIN), "locationId");
    }

    private long outboxEventsAbout(UUID id) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE message_key = :key")
                .param("key", id.toString()).query(Long.class).single();
    }

    /** Asserts a 400 validation problem whose errors name exactly {@code fields}. */
    private static JsonNode assertInvalid(RestTestClient.ResponseSpec response, String... fields) {
        JsonNode problem = response.expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem).isNotNull();
        assertThat(problem.get("type").asString()).isEqualTo(VALIDATION);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").values()).extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder(fields);
        return problem;
    }
}
