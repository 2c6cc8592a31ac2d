package com.clinicnetwork.therapist;

import static com.clinicnetwork.therapist.DirectoryApi.ADMIN;
import static com.clinicnetwork.therapist.DirectoryApi.block;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A consumer that has never seen the directory reads {@code clinic.directory.v1} from the beginning with a
 * new group and, keeping the newest version per key, ends up with exactly what the API shows — for every
 * location, treatment and therapist, after every kind of change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class DirectoryRebuildIT {

    private static final Duration REBUILT = Duration.ofSeconds(30);

    @Autowired
    RestTestClient http;

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    JsonMapper json;

    @Test
    void aFreshConsumerRebuildsTheWholeDirectoryFromTheCompactedTopic() {
        DirectoryApi api = new DirectoryApi(http);
        changeEveryKindOfThing(api);
        Map<String, JsonNode> expected = new HashMap<>();
        pages(api, "/api/v1/locations").forEach(location -> expected.put(location.get("id").asString(), location));
        pages(api, "/api/v1/treatments").forEach(treatment -> expected.put(treatment.get("id").asString(), treatment));
        pages(api, "/api/v1/therapists").forEach(therapist -> expected.put(therapist.get("id").asString(), asState(therapist)));

        Map<String, JsonNode> rebuilt = new HashMap<>();
        try (TopicProbe freshConsumer = TopicProbe.readFromBeginning(bootstrapServers(), Topics.DIRECTORY)) {
            await().atMost(REBUILT).pollInterval(Duration.ofMillis(100)).until(() -> {
                for (ConsumerRecord<String, String> record : freshConsumer.records()) {
                    keepNewest(rebuilt, record);
                }
                return expected.entrySet().stream().allMatch(entry -> rebuilt.containsKey(entry.getKey())
                        && rebuilt.get(entry.getKey()).get("version").asLong() == entry.getValue().get("version").asLong());
            });
        }

        assertThat(expected).hasSizeGreaterThan(3);
        expected.forEach((id, state) -> assertThat(normalised(rebuilt.get(id))).as(id).isEqualTo(normalised(state)));
    }

    @Test
    void theDirectoryTopicIsCompactedSoTheNewestStatePerKeyIsKeptForever() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DIRECTORY);
            Config config = admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS).get(topic);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    /** Creation, updates, deactivation, working hours, time off and extra hours, so every kind of event is on the topic. */
    private static void changeEveryKindOfThing(DirectoryApi api) {
        UUID location = api.createLocation("Rebuild Clinic", "Europe/London");
        UUID closing = api.createLocation("Closing Clinic", "Europe/Berlin");
        Map<String, Object> closed = DirectoryApi.location("Closing Clinic", "Europe/Berlin");
        closed.put("active", false);
        DirectoryApi.body(api.put("/api/v1/locations/" + closing, closed, ADMIN, 1), HttpStatus.OK);
        UUID treatment = api.createTreatment("Rebuild massage", "DEEP_TISSUE");
        Map<String, Object> retired = DirectoryApi.treatment("Rebuild massage", "DEEP_TISSUE");
        retired.put("active", false);
        retired.put("price", 80.00);
        DirectoryApi.body(api.put("/api/v1/treatments/" + treatment, retired, ADMIN, 1), HttpStatus.OK);
        UUID therapist = api.createTherapist("Rebuild Therapist", List.of("DEEP_TISSUE"), List.of(location), List.of(treatment));
        api.replaceWorkingHours(therapist, List.of(block(location, "MONDAY", "09:00", "13:00")));
        api.replaceWorkingHours(therapist, List.of(block(location, "TUESDAY", "10:00", "16:00")));
        api.addTimeOff(therapist, "2027-07-05T00:00:00+01:00", "2027-07-10T00:00:00+01:00");
        api.addExtraHours(therapist, location, "2027-07-17", "09:00", "12:00");
    }

    private void keepNewest(Map<String, JsonNode> rebuilt, ConsumerRecord<String, String> record) {
        String type = TopicProbe.header(record, CloudEventHeaders.TYPE);
        if (!Set.of(EventTypes.LOCATION_UPSERTED, EventTypes.TREATMENT_UPSERTED, EventTypes.THERAPIST_UPSERTED).contains(type)) {
            return;
        }
        JsonNode state = json.readTree(record.value());
        JsonNode known = rebuilt.get(record.key());
        if (known == null || known.get("version").asLong() < state.get("version").asLong()) {
            rebuilt.put(record.key(), state);
        }
    }

    /** A therapist as the API shows them to a clinic admin (email included), in the shape of {@code therapist.upserted}. */
    private JsonNode asState(JsonNode view) {
        ObjectNode state = json.createObjectNode();
        for (String field : List.of("id", "version", "displayName", "specialties", "workingHours", "active", "timeOff", "extraHours",
                "email")) {
            state.set(field, view.get(field));
        }
        state.set("locationIds", ids(view.get("locations")));
        state.set("treatmentIds", ids(view.get("treatments")));
        return state;
    }

    private ArrayNode ids(JsonNode summaries) {
        ArrayNode ids = json.createArrayNode();
        summaries.values().forEach(summary -> ids.add(summary.get("id").asString()));
        return ids;
    }

    /** Sets are sent in no particular order; compare them sorted. */
    private static JsonNode normalised(JsonNode state) {
        ObjectNode copy = ((ObjectNode) state).deepCopy();
        for (String set : List.of("specialties", "locationIds", "treatmentIds")) {
            if (copy.has(set)) {
                List<String> sorted = new ArrayList<>(copy.get(set).values().stream().map(JsonNode::asString).toList());
                sorted.sort(null);
                ArrayNode array = copy.putArray(set);
                sorted.forEach(array::add);
            }
        }
        return copy;
    }

    private static List<JsonNode> pages(DirectoryApi api, String uri) {
        List<JsonNode> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode body = api.getOk(uri + "?size=100&page=" + page);
            body.get("items").values().forEach(item -> {
                if (seen.add(item.get("id").asString())) {
                    items.add(item);
                }
            });
            if (page + 1 >= body.get("totalPages").asLong()) {
                return items;
            }
        }
    }

    private String bootstrapServers() {
        return String.join(",", kafka.getBootstrapServers());
    }
}
