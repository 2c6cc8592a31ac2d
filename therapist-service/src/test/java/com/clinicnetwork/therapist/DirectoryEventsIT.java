package com.clinicnetwork.therapist;

import static com.clinicnetwork.therapist.DirectoryApi.block;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every directory change reaches {@code clinic.directory.v1} through the outbox, as its contract says. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class DirectoryEventsIT {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);

    @Autowired
    RestTestClient http;

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    JsonMapper json;

    DirectoryApi api;
    TopicProbe directory;

    @BeforeEach
    void setUp() {
        api = new DirectoryApi(http);
        directory = TopicProbe.readFromBeginning(String.join(",", kafka.getBootstrapServers()), Topics.DIRECTORY);
    }

    @AfterEach
    void closeProbe() {
        directory.close();
    }

    @Test
    void aNewClinicIsPublishedAsCloudEventsKeyedByEntityId() {
        UUID location = api.createLocation("Riverside Test Clinic", "Europe/London");
        UUID knee = api.createTreatment("Knee pain relief massage, 60 min", "KNEE_REHABILITATION");
        UUID therapist = api.createTherapist("Maya Test", List.of("KNEE_REHABILITATION", "SPORTS_MASSAGE"),
                List.of(location), List.of(knee));
        api.replaceWorkingHours(therapist, List.of(
                block(location, "MONDAY", "13:00", "17:00"),
                block(location, "MONDAY", "09:00", "12:00")));

        ConsumerRecord<String, String> locationEvent = awaitEvent(EventTypes.LOCATION_UPSERTED, location, 1);
        assertCloudEvent(locationEvent, EventTypes.LOCATION_UPSERTED, location);
        JsonNode locationState = json.readTree(locationEvent.value());
        assertThat(locationState.get("name").asString()).isEqualTo("Riverside Test Clinic");
        assertThat(locationState.get("timeZone").asString()).isEqualTo("Europe/London");
        assertThat(locationState.get("active").asBoolean()).isTrue();

        ConsumerRecord<String, String> treatmentEvent = awaitEvent(EventTypes.TREATMENT_UPSERTED, knee, 1);
        assertCloudEvent(treatmentEvent, EventTypes.TREATMENT_UPSERTED, knee);
        JsonNode treatmentState = json.readTree(treatmentEvent.value());
        assertThat(treatmentState.get("durationMinutes").asInt()).isEqualTo(60);
        assertThat(treatmentState.get("bufferMinutes").asInt()).isEqualTo(15);
        assertThat(treatmentState.get("requiredSpecialty").asString()).isEqualTo("KNEE_REHABILITATION");
        assertThat(treatmentState.get("aftercarePlan").asString()).contains("quad sets");

        ConsumerRecord<String, String> created = awaitEvent(EventTypes.THERAPIST_UPSERTED, therapist, 1);
        assertCloudEvent(created, EventTypes.THERAPIST_UPSERTED, therapist);
        assertThat(json.readTree(created.value()).get("workingHours").size()).isZero();

        ConsumerRecord<String, String> withHours = awaitEvent(EventTypes.THERAPIST_UPSERTED, therapist, 2);
        JsonNode therapistState = json.readTree(withHours.value());
        assertThat(therapistState.get("displayName").asString()).isEqualTo("Maya Test");
        assertThat(therapistState.get("specialties").values()).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("KNEE_REHABILITATION", "SPORTS_MASSAGE");
        assertThat(therapistState.get("locationIds").values()).extracting(JsonNode::asString).containsExactly(location.toString());
        assertThat(therapistState.get("treatmentIds").values()).extracting(JsonNode::asString).containsExactly(knee.toString());
        assertThat(therapistState.get("workingHours").values())
                .extracting(block -> block.get("dayOfWeek").asString() + " " + block.get("startsAt").asString()
                        + "-" + block.get("endsAt").asString())
                .containsExactly("MONDAY 09:00:00-12:00:00", "MONDAY 13:00:00-17:00:00");
        assertThat(withHours.offset()).isGreaterThan(created.offset());
    }

    @Test
    void publishedPayloadsHaveExactlyTheFieldsOfTheContractExamples() {
        Map<String, Object> placed = DirectoryApi.location("Contract Clinic", "Europe/Berlin");
        placed.put("coordinates", Map.of("latitude", 52.5268, "longitude", 13.4020));
        UUID location = UUID.fromString(DirectoryApi.body(api.post("/api/v1/locations", placed, DirectoryApi.ADMIN),
                HttpStatus.CREATED).get("id").asString());
        DirectoryApi.body(api.post("/api/v1/locations/" + location + "/rooms", Map.of("name", "Room 1", "kind", "TREATMENT_TABLE"),
                DirectoryApi.ADMIN), HttpStatus.CREATED);
        Map<String, Object> sports = DirectoryApi.treatment("Sports massage, 45 min", "SPORTS_MASSAGE");
        sports.put("roomKind", "TREATMENT_TABLE");
        UUID treatment = UUID.fromString(DirectoryApi.body(api.post("/api/v1/treatments", sports, DirectoryApi.ADMIN),
                HttpStatus.CREATED).get("id").asString());
        UUID therapist = api.createTherapist("Contract Therapist", List.of("SPORTS_MASSAGE"), List.of(location), List.of(treatment));
        api.replaceWorkingHours(therapist, List.of(block(location, "TUESDAY", "09:00", "17:00")));
        api.addTimeOff(therapist, "2027-01-04T00:00:00+01:00", "2027-01-09T00:00:00+01:00");
        api.addExtraHours(therapist, location, "2027-01-16", "09:00", "12:00");

        assertMatchesContract(awaitEvent(EventTypes.LOCATION_UPSERTED, location, 2), EventTypes.LOCATION_UPSERTED);
        assertMatchesContract(awaitEvent(EventTypes.TREATMENT_UPSERTED, treatment, 1), EventTypes.TREATMENT_UPSERTED);
        assertMatchesContract(awaitEvent(EventTypes.THERAPIST_UPSERTED, therapist, 4), EventTypes.THERAPIST_UPSERTED);
    }

    @Test
    void theTherapistsEmailTravelsInTheDirectoryEvent() {
        UUID location = api.createLocation("Mail Clinic", "Europe/London");
        Map<String, Object> profile = DirectoryApi.therapist("Mail Therapist", List.of("PRENATAL"), List.of(location), List.of());
        profile.put("email", "mail.therapist@clinic.example");
        UUID therapist = UUID.fromString(DirectoryApi.body(api.post("/api/v1/therapists", profile, DirectoryApi.ADMIN),
                HttpStatus.CREATED).get("id").asString());
        profile.remove("email");
        DirectoryApi.body(api.put("/api/v1/therapists/" + therapist, profile, DirectoryApi.ADMIN, 1), HttpStatus.OK);

        assertThat(json.readTree(awaitEvent(EventTypes.THERAPIST_UPSERTED, therapist, 1).value()).get("email").asString())
                .isEqualTo("mail.therapist@clinic.example");
        assertThat(json.readTree(awaitEvent(EventTypes.THERAPIST_UPSERTED, therapist, 2).value()).get("email").isNull()).isTrue();
    }

    @Test
    void theApiShowsWhatWasPublished() {
        UUID location = api.createLocation("Leeds Test Clinic", "Europe/London");
        UUID treatment = api.createTreatment("Trigger point therapy, 30 min", "TRIGGER_POINT_THERAPY");
        UUID therapist = api.createTherapist("Aisha Test", List.of("TRIGGER_POINT_THERAPY"), List.of(location), List.of(treatment));
        api.replaceWorkingHours(therapist, List.of(block(location, "FRIDAY", "09:00", "17:00")));

        JsonNode shown = api.getOk("/api/v1/therapists/" + therapist);
        assertThat(shown.get("version").asLong()).isEqualTo(2);
        assertThat(shown.get("locations").get(0).get("name").asString()).isEqualTo("Leeds Test Clinic");
        assertThat(shown.get("treatments").get(0).get("name").asString()).isEqualTo("Trigger point therapy, 30 min");
        assertThat(shown.get("workingHours").get(0).get("dayOfWeek").asString()).isEqualTo("FRIDAY");

        JsonNode published = json.readTree(awaitEvent(EventTypes.THERAPIST_UPSERTED, therapist, 2).value());
        assertThat(published.get("version").asLong()).isEqualTo(shown.get("version").asLong());

        assertThat(api.getOk("/api/v1/locations/" + location).get("timeZone").asString()).isEqualTo("Europe/London");
        assertThat(api.getOk("/api/v1/treatments/" + treatment).get("requiredSpecialty").asString())
                .isEqualTo("TRIGGER_POINT_THERAPY");
    }

    private ConsumerRecord<String, String> awaitEvent(String type, UUID id, long version) {
        return directory.awaitRecord(EVENT_TIMEOUT, record -> id.toString().equals(record.key())
                && type.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))
                && json.readTree(record.value()).get("version").asLong() == version);
    }

    private static void assertCloudEvent(ConsumerRecord<String, String> record, String type, UUID subject) {
        assertThat(record.key()).isEqualTo(subject.toString());
        assertThat(UUID.fromString(TopicProbe.header(record, CloudEventHeaders.ID))).isNotNull();
        assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(type);
        assertThat(TopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/clinic/therapist-service");
        assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(subject.toString());
        assertThat(TopicProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicProbe.header(record, CloudEventHeaders.SCHEMA_VERSION)).isEqualTo("1");
        assertThat(Instant.parse(TopicProbe.header(record, CloudEventHeaders.TIME))).isBefore(Instant.now().plusSeconds(1));
        assertThat(TopicProbe.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }

    private static void assertMatchesContract(ConsumerRecord<String, String> record, String type) {
        assertThat(ContractShape.of(record.value())).as("fields of the published " + type)
                .isEqualTo(ContractShape.of(ContractExamples.json(type)));
    }
}
