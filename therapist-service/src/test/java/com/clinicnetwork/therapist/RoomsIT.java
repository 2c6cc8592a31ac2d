package com.clinicnetwork.therapist;

import static com.clinicnetwork.therapist.DirectoryApi.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clinic admins manage a location's rooms and the kind of room a treatment needs; both travel in the directory events,
 * each room change as a new version of its location.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class RoomsIT {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);
    private static final String PROBLEMS = "https://api.clinic-network.example/problems/";

    @Autowired
    RestTestClient http;

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    DirectoryApi api;

    @BeforeEach
    void setUp() {
        api = new DirectoryApi(http);
    }

    @Test
    void anAdminAddsRoomsRenamesAndDeactivatesOneAndTheLocationIsPublishedWithThemAfterEachChange() {
        UUID location = api.createLocation("Rooms Clinic", "Europe/London");
        String rooms = roomsOf(location);

        EntityExchangeResult<JsonNode> created = api.post(rooms, room("Room 2", "TREATMENT_TABLE"), ADMIN)
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody(JsonNode.class).returnResult();
        JsonNode table = created.getResponseBody();
        assertThat(created.getResponseHeaders().getLocation()).hasPath(rooms + "/" + table.get("id").asString());
        assertThat(table.get("locationId").asString()).isEqualTo(location.toString());
        assertThat(table.get("name").asString()).isEqualTo("Room 2");
        assertThat(table.get("kind").asString()).isEqualTo("TREATMENT_TABLE");
        assertThat(table.get("active").asBoolean()).isTrue();
        assertThat(table.get("version").asLong()).isEqualTo(1);
        addRoom(location, "Rehab gym", "GYM_AREA");
        addRoom(location, " room 1 ", "TREATMENT_TABLE");

        JsonNode page = api.getOk(rooms);
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("items").values()).extracting(r -> r.get("name").asString() + " " + r.get("kind").asString())
                .as("by name, whatever the letter case, and stripped")
                .containsExactly("Rehab gym GYM_AREA", "room 1 TREATMENT_TABLE", "Room 2 TREATMENT_TABLE");
        JsonNode withRooms = api.getOk("/api/v1/locations/" + location);
        assertThat(withRooms.get("version").asLong()).as("one version per room added").isEqualTo(4);
        assertThat(withRooms.get("rooms").size()).isEqualTo(3);

        String tableUri = rooms + "/" + table.get("id").asString();
        api.put(tableUri, room("Room 3", "TREATMENT_TABLE"), ADMIN, 1)
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
        JsonNode stale = DirectoryApi.body(api.put(tableUri, room("Room 4", "TREATMENT_TABLE"), ADMIN, 1),
                HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.get("type").asString()).isEqualTo(PROBLEMS + "stale-version");
        assertThat(stale.get("currentVersion").asLong()).isEqualTo(2);
        Map<String, Object> deactivated = room("Room 3", "TREATMENT_TABLE");
        deactivated.put("active", false);
        JsonNode inactive = DirectoryApi.body(api.put(tableUri, deactivated, ADMIN, 2), HttpStatus.OK);
        assertThat(inactive.get("active").asBoolean()).isFalse();
        api.get(tableUri, ADMIN).expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"");

        try (TopicProbe directory = probe()) {
            JsonNode published = json.readTree(awaitLocation(directory, location, 6).value());
            assertThat(published.get("rooms").values())
                    .extracting(r -> r.get("name").asString() + " " + r.get("kind").asString() + " " + r.get("active").asBoolean())
                    .containsExactly("Rehab gym GYM_AREA true", "room 1 TREATMENT_TABLE true", "Room 3 TREATMENT_TABLE false");
            assertThat(published.get("rooms").get(2).get("id").asString()).isEqualTo(table.get("id").asString());
        }
    }

    @Test
    void replacingALocationKeepsItsRooms() {
        UUID location = api.createLocation("Kept Rooms Clinic", "Europe/London");
        addRoom(location, "Room 1", "TREATMENT_TABLE");

        JsonNode replaced = DirectoryApi.body(api.put("/api/v1/locations/" + location,
                DirectoryApi.location("Kept Rooms Clinic, renamed", "Europe/London"), ADMIN, 2), HttpStatus.OK);

        assertThat(replaced.get("rooms").values()).extracting(r -> r.get("name").asString()).containsExactly("Room 1");
        try (TopicProbe directory = probe()) {
            assertThat(json.readTree(awaitLocation(directory, location, 3).value()).get("rooms").size()).isEqualTo(1);
        }
    }

    @Test
    void aRoomNeedsANameAndAKnownKindAndANameOfItsOwnAtTheLocation() {
        UUID location = api.createLocation("Checked Rooms Clinic", "Europe/London");
        String rooms = roomsOf(location);
        JsonNode first = addRoom(location, "Room 1", "TREATMENT_TABLE");
        JsonNode second = addRoom(location, "Room 2", "TREATMENT_TABLE");

        assertInvalid(api.post(rooms, room(" ", "TREATMENT_TABLE"), ADMIN), "name");
        assertInvalid(api.post(rooms, room("Sauna", "SAUNA"), ADMIN), "kind");
        assertInvalid(api.post(rooms, room("x".repeat(101), "GYM_AREA"), ADMIN), "name");
        Map<String, Object> withoutKind = new LinkedHashMap<>(Map.of("name", "Room 9"));
        assertInvalid(api.post(rooms, withoutKind, ADMIN), "kind");

        JsonNode taken = DirectoryApi.body(api.post(rooms, room("ROOM 1", "GYM_AREA"), ADMIN), HttpStatus.CONFLICT);
        assertThat(taken.get("type").asString()).isEqualTo(PROBLEMS + "conflict");
        DirectoryApi.body(api.put(rooms + "/" + second.get("id").asString(), room("room 1", "TREATMENT_TABLE"), ADMIN),
                HttpStatus.CONFLICT);
        // Another location may well have a "Room 1".
        addRoom(api.createLocation("Other Rooms Clinic", "Europe/London"), "Room 1", "TREATMENT_TABLE");

        assertThat(api.getOk("/api/v1/locations/" + location).get("version").asLong())
                .as("nothing refused changed the location").isEqualTo(3);
        assertThat(api.getOk(rooms + "/" + first.get("id").asString()).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void unknownLocationsAndRoomsAre404AndARoomIsReachedOnlyThroughItsOwnLocation() {
        UUID location = api.createLocation("Own Rooms Clinic", "Europe/London");
        UUID other = api.createLocation("Foreign Rooms Clinic", "Europe/London");
        String roomId = addRoom(location, "Room 1", "TREATMENT_TABLE").get("id").asString();

        api.post(roomsOf(UUID.randomUUID()), room("Room 1", "TREATMENT_TABLE"), ADMIN).expectStatus().isNotFound();
        api.get(roomsOf(UUID.randomUUID()), ADMIN).expectStatus().isNotFound();
        api.get(roomsOf(other) + "/" + roomId, ADMIN).expectStatus().isNotFound();
        api.put(roomsOf(other) + "/" + roomId, room("Moved", "TREATMENT_TABLE"), ADMIN).expectStatus().isNotFound();
        api.put(roomsOf(location) + "/" + UUID.randomUUID(), room("Room 2", "TREATMENT_TABLE"), ADMIN)
                .expectStatus().isNotFound();
        api.get(roomsOf(location) + "/not-a-uuid", ADMIN).expectStatus().isBadRequest();

        assertThat(api.getOk(roomsOf(other)).get("totalItems").asLong()).isZero();
    }

    @Test
    void onlyClinicAdminsChangeRoomsAndEveryoneSignedInReadsThem() {
        UUID location = api.createLocation("Guarded Rooms Clinic", "Europe/London");
        String roomUri = roomsOf(location) + "/" + addRoom(location, "Room 1", "TREATMENT_TABLE").get("id").asString();
        String frontDesk = TestTokens.bearer(TokenClaims.frontDesk("desk-rooms", List.of(location)));
        String therapist = TestTokens.bearer(TokenClaims.therapist("therapist-rooms", UUID.randomUUID(), List.of(location)));
        String client = TestTokens.bearer(TokenClaims.client("client-rooms", UUID.randomUUID()));

        for (String token : List.of(frontDesk, therapist, client)) {
            api.post(roomsOf(location), room("Room 2", "TREATMENT_TABLE"), token).expectStatus().isForbidden();
            api.put(roomUri, room("Renamed", "TREATMENT_TABLE"), token).expectStatus().isForbidden();
            api.get(roomsOf(location), token).expectStatus().isOk();
            api.get(roomUri, token).expectStatus().isOk();
        }
        http.get().uri(roomsOf(location)).exchange().expectStatus().isUnauthorized();
        assertThat(api.getOk(roomsOf(location)).get("items").values()).extracting(r -> r.get("name").asString())
                .containsExactly("Room 1");
    }

    @Test
    void aRetriedRoomCreationReturnsTheFirstRoomAndAReusedKeyWithAnotherBodyIs422() {
        UUID location = api.createLocation("Idempotent Rooms Clinic", "Europe/London");
        String key = UUID.randomUUID().toString();

        JsonNode first = DirectoryApi.body(api.post(roomsOf(location), room("Room 1", "TREATMENT_TABLE"), ADMIN, key),
                HttpStatus.CREATED);
        JsonNode retried = DirectoryApi.body(api.post(roomsOf(location), room("Room 1", "TREATMENT_TABLE"), ADMIN, key),
                HttpStatus.CREATED);
        JsonNode reused = DirectoryApi.body(api.post(roomsOf(location), room("Room 2", "TREATMENT_TABLE"), ADMIN, key),
                HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(retried).isEqualTo(first);
        assertThat(reused.get("type").asString()).isEqualTo(PROBLEMS + "idempotency-key-reused");
        assertThat(jdbc.sql("SELECT count(*) FROM rooms WHERE location_id = :id").param("id", location)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTreatmentNamesTheKindOfRoomItNeedsOrNoneAndPublishesIt() {
        Map<String, Object> rehab = DirectoryApi.treatment("Knee rehab exercises, 45 min", "STRETCHING_AND_REHAB");
        rehab.put("roomKind", "GYM_AREA");
        JsonNode created = DirectoryApi.body(api.post("/api/v1/treatments", rehab, ADMIN), HttpStatus.CREATED);
        assertThat(created.get("roomKind").asString()).isEqualTo("GYM_AREA");
        String uri = "/api/v1/treatments/" + created.get("id").asString();

        rehab.put("roomKind", "SAUNA");
        assertInvalid(api.post("/api/v1/treatments", rehab, ADMIN), "roomKind");
        assertInvalid(api.put(uri, rehab, ADMIN), "roomKind");
        rehab.remove("roomKind");
        JsonNode withoutRoom = DirectoryApi.body(api.put(uri, rehab, ADMIN, 1), HttpStatus.OK);
        assertThat(withoutRoom.get("roomKind").isNull()).as("a replacement without roomKind needs no room").isTrue();

        try (TopicProbe directory = probe()) {
            UUID id = UUID.fromString(created.get("id").asString());
            assertThat(json.readTree(awaitEvent(directory, EventTypes.TREATMENT_UPSERTED, id, 1).value())
                    .get("roomKind").asString()).isEqualTo("GYM_AREA");
            assertThat(json.readTree(awaitEvent(directory, EventTypes.TREATMENT_UPSERTED, id, 2).value())
                    .get("roomKind").isNull()).isTrue();
        }
    }

    private JsonNode addRoom(UUID location, String name, String kind) {
        return DirectoryApi.body(api.post(roomsOf(location), room(name, kind), ADMIN), HttpStatus.CREATED);
    }

    private static String roomsOf(UUID location) {
        return "/api/v1/locations/" + location + "/rooms";
    }

    private static Map<String, Object> room(String name, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        return body;
    }

    private TopicProbe probe() {
        return TopicProbe.readFromBeginning(String.join(",", kafka.getBootstrapServers()), Topics.DIRECTORY);
    }

    private ConsumerRecord<String, String> awaitLocation(TopicProbe directory, UUID location, long version) {
        return awaitEvent(directory, EventTypes.LOCATION_UPSERTED, location, version);
    }

    private ConsumerRecord<String, String> awaitEvent(TopicProbe directory, String type, UUID id, long version) {
        return directory.awaitRecord(EVENT_TIMEOUT, record -> id.toString().equals(record.key())
                && type.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))
                && json.readTree(record.value()).get("version").asLong() == version);
    }

    /** A 400 validation problem whose errors name exactly {@code fields}. */
    private static void assertInvalid(RestTestClient.ResponseSpec response, String... fields) {
        JsonNode problem = DirectoryApi.body(response, HttpStatus.BAD_REQUEST);
        assertThat(problem.get("type").asString()).isEqualTo(PROBLEMS + "validation");
        assertThat(problem.get("errors").values()).extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder(fields);
    }
}
