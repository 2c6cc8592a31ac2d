package com.clinicnetwork.therapist;

import static com.clinicnetwork.therapist.DirectoryApi.ADMIN;
import static com.clinicnetwork.therapist.DirectoryApi.block;
import static com.clinicnetwork.therapist.DirectoryApi.opening;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Admins change and deactivate locations, treatments and therapists; stale versions are refused, every change published. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class DirectoryUpdatesIT {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);

    @Autowired
    RestTestClient http;

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    JsonMapper json;

    DirectoryApi api;

    @BeforeEach
    void setUp() {
        api = new DirectoryApi(http);
    }

    @Test
    void aLocationIsRenamedGivenOpeningHoursAndDeactivatedEachChangePublished() {
        UUID location = api.createLocation("Salford Quays", "Europe/London");
        String uri = "/api/v1/locations/" + location;
        api.get(uri, ADMIN).expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");

        Map<String, Object> changed = DirectoryApi.location("Salford Quays Clinic", "Europe/London");
        changed.put("openingHours", List.of(opening("MONDAY", "13:00", "19:00"), opening("MONDAY", "08:00", "12:00"),
                opening("SATURDAY", "09:00", "13:00")));
        JsonNode updated = DirectoryApi.body(api.put(uri, changed, ADMIN, 1), HttpStatus.OK);
        assertThat(updated.get("version").asLong()).isEqualTo(2);
        assertThat(updated.get("name").asString()).isEqualTo("Salford Quays Clinic");
        assertThat(updated.get("openingHours").values()).extracting(h -> h.get("dayOfWeek").asString() + " "
                + h.get("opensAt").asString() + "-" + h.get("closesAt").asString())
                .containsExactly("MONDAY 08:00:00-12:00:00", "MONDAY 13:00:00-19:00:00", "SATURDAY 09:00:00-13:00:00");

        changed.put("active", false);
        JsonNode deactivated = DirectoryApi.body(api.put(uri, changed, ADMIN, 2), HttpStatus.OK);
        assertThat(deactivated.get("active").asBoolean()).isFalse();
        api.get(uri, ADMIN).expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"");

        try (TopicProbe directory = probe()) {
            JsonNode published = state(directory, EventTypes.LOCATION_UPSERTED, location, 3);
            assertThat(published.get("active").asBoolean()).isFalse();
            assertThat(published.get("openingHours").size()).isEqualTo(3);
            assertThat(state(directory, EventTypes.LOCATION_UPSERTED, location, 2).get("name").asString())
                    .isEqualTo("Salford Quays Clinic");
        }
    }

    @Test
    void anAdminPlacesALocationOnTheMapAndAReplacementWithoutCoordinatesRemovesThem() {
        Map<String, Object> withCoordinates = DirectoryApi.location("Deansgate Clinic", "Europe/London");
        withCoordinates.put("coordinates", Map.of("latitude", 53.4794, "longitude", -2.2453));
        JsonNode created = DirectoryApi.body(api.post("/api/v1/locations", withCoordinates, ADMIN), HttpStatus.CREATED);
        UUID location = UUID.fromString(created.get("id").asString());
        String uri = "/api/v1/locations/" + location;
        assertThat(created.get("coordinates").get("latitude").asDouble()).isEqualTo(53.4794);

        withCoordinates.put("coordinates", Map.of("latitude", 53.4839, "longitude", -2.2446));
        JsonNode moved = DirectoryApi.body(api.put(uri, withCoordinates, ADMIN, 1), HttpStatus.OK);
        assertThat(moved.get("coordinates").get("latitude").asDouble()).isEqualTo(53.4839);
        assertThat(moved.get("coordinates").get("longitude").asDouble()).isEqualTo(-2.2446);
        withCoordinates.remove("coordinates");
        assertThat(DirectoryApi.body(api.put(uri, withCoordinates, ADMIN, 2), HttpStatus.OK).get("coordinates").isNull()).isTrue();
        assertThat(api.getOk(uri).get("coordinates").isNull()).isTrue();

        try (TopicProbe directory = probe()) {
            assertThat(state(directory, EventTypes.LOCATION_UPSERTED, location, 1).get("coordinates").get("longitude").asDouble())
                    .isEqualTo(-2.2453);
            JsonNode moveEvent = state(directory, EventTypes.LOCATION_UPSERTED, location, 2).get("coordinates");
            assertThat(moveEvent.get("latitude").asDouble()).isEqualTo(53.4839);
            assertThat(moveEvent.get("longitude").asDouble()).isEqualTo(-2.2446);
            assertThat(state(directory, EventTypes.LOCATION_UPSERTED, location, 3).get("coordinates").isNull()).isTrue();
        }
    }

    @Test
    void aLocationCreatedWithoutOpeningHoursIsOpenAroundTheClockUntilTheyAreSet() {
        Map<String, Object> withoutHours = DirectoryApi.location("Always Open Clinic", "Europe/London");
        withoutHours.remove("openingHours");
        JsonNode created = DirectoryApi.body(api.post("/api/v1/locations", withoutHours, ADMIN), HttpStatus.CREATED);
        UUID location = UUID.fromString(created.get("id").asString());
        assertThat(created.get("openingHours").values()).hasSize(7).allSatisfy(day -> {
            assertThat(day.get("opensAt").asString()).isEqualTo("00:00:00");
            assertThat(day.get("closesAt").asString()).isEqualTo("23:59:59.999999999");
        });
        UUID therapist = api.createTherapist("Night Owl", List.of("PRENATAL"), List.of(location), List.of());
        api.replaceWorkingHours(therapist, List.of(block(location, "SUNDAY", "00:00", "23:30")));
        assertThat(api.getOk("/api/v1/locations/" + location).get("openingHours").get(6).get("closesAt").asString())
                .isEqualTo("23:59:59.999999999");

        JsonNode problem = DirectoryApi.body(api.put("/api/v1/locations/" + location, withoutHours, ADMIN), HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("openingHours");
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        UUID location = api.createLocation("Stale Clinic", "Europe/London");
        String uri = "/api/v1/locations/" + location;
        DirectoryApi.body(api.put(uri, DirectoryApi.location("Fresh Name", "Europe/London"), ADMIN, 1), HttpStatus.OK);

        JsonNode problem = DirectoryApi.body(api.put(uri, DirectoryApi.location("Stale Name", "Europe/London"), ADMIN, 1),
                HttpStatus.PRECONDITION_FAILED);
        assertThat(problem.get("type").asString()).endsWith("/stale-version");
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(2);
        assertThat(api.getOk(uri).get("name").asString()).isEqualTo("Fresh Name");

        DirectoryApi.body(api.put("/api/v1/locations/" + UUID.randomUUID(), DirectoryApi.location("Nowhere", "Europe/London"),
                ADMIN, 1), HttpStatus.NOT_FOUND);
    }

    @Test
    void ofTwoConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        UUID location = api.createLocation("Race Clinic", "Europe/London");
        UUID treatment = api.createTreatment("Race massage", "SPORTS_MASSAGE");
        UUID therapist = api.createTherapist("Race Therapist", List.of("SPORTS_MASSAGE"), List.of(location), List.of());
        Map<String, Object> offerTreatment = DirectoryApi.therapist("Race Therapist", List.of("SPORTS_MASSAGE"),
                List.of(location), List.of(treatment));
        Map<String, Object> rename = DirectoryApi.therapist("Race Therapist Renamed", List.of("SPORTS_MASSAGE"),
                List.of(location), List.of());
        String uri = "/api/v1/therapists/" + therapist;
        String licence = api.getOk(uri).get("licenceNumber").asString();
        offerTreatment.put("licenceNumber", licence);
        rename.put("licenceNumber", licence);

        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> updates = List.of(
                    () -> status(api.put(uri, offerTreatment, ADMIN, 1)),
                    () -> status(api.put(uri, rename, ADMIN, 1)));
            for (Future<Integer> status : pool.invokeAll(updates)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        JsonNode after = api.getOk(uri);
        assertThat(after.get("version").asLong()).isEqualTo(2);
        boolean offered = after.get("treatments").size() == 1;
        boolean renamed = after.get("displayName").asString().endsWith("Renamed");
        assertThat(offered).as("exactly one of the two changes applied").isNotEqualTo(renamed);
    }

    @Test
    void aTreatmentGetsANewPriceAndAftercarePlanAndIsDeactivated() {
        UUID treatment = api.createTreatment("Knee pain relief massage, 60 min", "KNEE_REHABILITATION");
        String uri = "/api/v1/treatments/" + treatment;
        Map<String, Object> changed = DirectoryApi.treatment("Knee pain relief massage, 60 min", "KNEE_REHABILITATION");
        changed.put("price", 72.50);
        changed.put("aftercarePlan", "Heel slides 2 x 10 twice a day; ice 15 minutes if it swells.");
        changed.put("active", false);

        JsonNode updated = DirectoryApi.body(api.put(uri, changed, ADMIN, 1), HttpStatus.OK);
        assertThat(updated.get("price").decimalValue()).isEqualByComparingTo("72.50");
        assertThat(updated.get("active").asBoolean()).isFalse();

        try (TopicProbe directory = probe()) {
            JsonNode published = state(directory, EventTypes.TREATMENT_UPSERTED, treatment, 2);
            assertThat(published.get("active").asBoolean()).isFalse();
            assertThat(published.get("price").decimalValue()).isEqualByComparingTo("72.50");
            assertThat(published.get("aftercarePlan").asString()).startsWith("Heel slides");
        }
    }

    @Test
    void aTreatmentCannotRequireASpecialtyItsTherapistsLack() {
        UUID location = api.createLocation("Specialty Change Clinic", "Europe/London");
        UUID treatment = api.createTreatment("Sports massage, 45 min", "SPORTS_MASSAGE");
        UUID therapist = api.createTherapist("Sporty", List.of("SPORTS_MASSAGE"), List.of(location), List.of(treatment));

        JsonNode problem = DirectoryApi.body(api.put("/api/v1/treatments/" + treatment,
                DirectoryApi.treatment("Sports massage, 45 min", "PRENATAL"), ADMIN), HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("requiredSpecialty");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains(therapist.toString());
    }

    @Test
    void anAdminChangesATherapistsProfileLocationsAndTreatmentsAndDeactivatesThem() {
        UUID manchester = api.createLocation("Profile Manchester", "Europe/London");
        UUID leeds = api.createLocation("Profile Leeds", "Europe/London");
        UUID sports = api.createTreatment("Sports massage, 45 min", "SPORTS_MASSAGE");
        UUID knee = api.createTreatment("Knee pain relief massage, 60 min", "KNEE_REHABILITATION");
        UUID therapist = api.createTherapist("Tom Test", List.of("SPORTS_MASSAGE"), List.of(manchester), List.of(sports));
        api.replaceWorkingHours(therapist, List.of(block(manchester, "MONDAY", "09:00", "17:00")));
        String uri = "/api/v1/therapists/" + therapist;
        Map<String, Object> profile = DirectoryApi.therapist("Tom Test", List.of("SPORTS_MASSAGE", "KNEE_REHABILITATION"),
                List.of(manchester, leeds), List.of(sports, knee));
        profile.put("licenceNumber", api.getOk(uri).get("licenceNumber").asString());

        JsonNode updated = DirectoryApi.body(api.put(uri, profile, ADMIN, 2), HttpStatus.OK);
        assertThat(updated.get("locations").values()).extracting(l -> l.get("name").asString())
                .containsExactlyInAnyOrder("Profile Manchester", "Profile Leeds");
        assertThat(updated.get("treatments").size()).isEqualTo(2);
        assertThat(updated.get("workingHours").size()).as("the schedule is kept").isEqualTo(1);

        Map<String, Object> dropManchester = new java.util.LinkedHashMap<>(profile);
        dropManchester.put("locationIds", List.of(leeds));
        JsonNode stillScheduled = DirectoryApi.body(api.put(uri, dropManchester, ADMIN), HttpStatus.BAD_REQUEST);
        assertThat(stillScheduled.get("errors").get(0).get("field").asString()).isEqualTo("locationIds");

        Map<String, Object> notQualified = new java.util.LinkedHashMap<>(profile);
        notQualified.put("specialties", List.of("SPORTS_MASSAGE"));
        DirectoryApi.body(api.put(uri, notQualified, ADMIN), HttpStatus.BAD_REQUEST);

        profile.put("active", false);
        JsonNode deactivated = DirectoryApi.body(api.put(uri, profile, ADMIN, 3), HttpStatus.OK);
        assertThat(deactivated.get("active").asBoolean()).isFalse();
        try (TopicProbe directory = probe()) {
            JsonNode published = state(directory, EventTypes.THERAPIST_UPSERTED, therapist, 4);
            assertThat(published.get("active").asBoolean()).isFalse();
            assertThat(published.get("locationIds").size()).isEqualTo(2);
            assertThat(published.get("workingHours").size()).isEqualTo(1);
        }
    }

    @Test
    void openingHoursCannotShrinkAroundHoursTherapistsAlreadyWork() {
        UUID location = api.createLocation("Shrinking Clinic", "Europe/London");
        UUID therapist = api.createTherapist("Early Bird", List.of("PRENATAL"), List.of(location), List.of());
        api.replaceWorkingHours(therapist, List.of(block(location, "MONDAY", "07:30", "12:00")));
        Map<String, Object> later = DirectoryApi.location("Shrinking Clinic", "Europe/London");
        later.put("openingHours", List.of(opening("MONDAY", "09:00", "19:00")));

        JsonNode problem = DirectoryApi.body(api.put("/api/v1/locations/" + location, later, ADMIN), HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("openingHours");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains(therapist.toString(), "MONDAY 07:30");

        JsonNode outside = DirectoryApi.body(api.put("/api/v1/therapists/" + therapist + "/working-hours",
                Map.of("workingHours", List.of(block(location, "MONDAY", "06:00", "12:00"))), ADMIN), HttpStatus.BAD_REQUEST);
        assertThat(outside.get("errors").get(0).get("message").asString()).contains("outside the opening hours");
    }

    private TopicProbe probe() {
        return TopicProbe.readFromBeginning(String.join(",", kafka.getBootstrapServers()), Topics.DIRECTORY);
    }

    private JsonNode state(TopicProbe directory, String type, UUID id, long version) {
        ConsumerRecord<String, String> record = directory.awaitRecord(EVENT_TIMEOUT, r -> id.toString().equals(r.key())
                && type.equals(TopicProbe.header(r, CloudEventHeaders.TYPE))
                && json.readTree(r.value()).get("version").asLong() == version);
        return json.readTree(record.value());
    }

    private static int status(RestTestClient.ResponseSpec response) {
        return response.returnResult(String.class).getStatus().value();
    }
}
