package com.clinicnetwork.therapist.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import com.clinicnetwork.therapist.DirectoryApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** With {@code clinic.demo-data.enabled} an empty directory is seeded with the demo chain and published. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinic.demo-data.enabled=true",
        "spring.flyway.clean-disabled=false"})
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class DemoDataIT {

    /** Other test classes share the database; the seed only runs on an empty directory, so start from one. */
    @TestConfiguration(proxyBeanMethods = false)
    static class EmptyDirectory {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }

    @Autowired
    RestTestClient http;

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataSeeder seeder;

    @Test
    void theWholeDemoDirectoryIsPublishedToTheDirectoryTopic() {
        Set<String> expected = Stream.of(
                        DemoDirectory.locations().stream().map(DemoDirectory.DemoLocation::id),
                        DemoDirectory.treatments().stream().map(DemoDirectory.DemoTreatment::id),
                        DemoDirectory.therapists().stream().map(DemoDirectory.DemoTherapist::id))
                .flatMap(Function.identity()).map(UUID::toString).collect(Collectors.toSet());
        assertThat(expected).hasSize(16);

        try (TopicProbe directory = TopicProbe.readFromBeginning(String.join(",", kafka.getBootstrapServers()), Topics.DIRECTORY)) {
            // A therapist's second event carries the hours; once the last therapist's is there, all earlier ones are.
            String lastTherapist = DemoDirectory.therapists().get(7).id().toString();
            directory.awaitRecord(Duration.ofSeconds(30), record -> lastTherapist.equals(record.key())
                    && json.readTree(record.value()).get("workingHours").size() > 0);
            Map<String, ConsumerRecord<String, String>> latestByKey = directory.records().stream()
                    .filter(record -> expected.contains(record.key()))
                    .collect(Collectors.toMap(ConsumerRecord::key, Function.identity(),
                            (earlier, later) -> later.offset() > earlier.offset() ? later : earlier));

            assertThat(latestByKey).containsOnlyKeys(expected);
            DemoDirectory.locations().forEach(location -> {
                ConsumerRecord<String, String> latest = latestByKey.get(location.id().toString());
                assertThat(type(latest)).isEqualTo(EventTypes.LOCATION_UPSERTED);
                JsonNode state = json.readTree(latest.value());
                assertThat(state.get("coordinates").get("latitude").asDouble())
                        .isEqualTo(location.request().coordinates().latitude());
                assertThat(state.get("coordinates").get("longitude").asDouble())
                        .isEqualTo(location.request().coordinates().longitude());
                assertThat(state.get("rooms").values())
                        .extracting(room -> room.get("name").asString() + " " + room.get("kind").asString())
                        .containsExactly("Rehab gym GYM_AREA", "Room 1 TREATMENT_TABLE", "Room 2 TREATMENT_TABLE",
                                "Room 3 TREATMENT_TABLE");
            });
            DemoDirectory.treatments().forEach(treatment -> {
                ConsumerRecord<String, String> latest = latestByKey.get(treatment.id().toString());
                assertThat(type(latest)).isEqualTo(EventTypes.TREATMENT_UPSERTED);
                assertThat(json.readTree(latest.value()).get("roomKind").asString()).isEqualTo("TREATMENT_TABLE");
            });
            DemoDirectory.therapists().forEach(therapist -> {
                ConsumerRecord<String, String> latest = latestByKey.get(therapist.id().toString());
                assertThat(type(latest)).isEqualTo(EventTypes.THERAPIST_UPSERTED);
                assertThat(json.readTree(latest.value()).get("workingHours").size()).isEqualTo(therapist.workingHours().size());
            });
        }
    }

    @Test
    void mayaOkaforIsBookableForKneePainAtManchesterRiverside() {
        JsonNode page = new DirectoryApi(http).getOk("/api/v1/therapists?locationId=" + DemoDirectory.MANCHESTER
                + "&treatmentId=" + DemoDirectory.KNEE);

        assertThat(page.get("items").values()).extracting(t -> t.get("displayName").asString()).containsExactly("Maya Okafor");
        JsonNode maya = page.get("items").get(0);
        assertThat(maya.get("id").asString()).isEqualTo("20000000-0000-4000-8000-000000000001");
        assertThat(maya.get("locations").get(0).get("name").asString()).isEqualTo("Manchester Riverside");
        assertThat(maya.get("treatments").values()).extracting(t -> t.get("id").asString())
                .containsExactlyInAnyOrder(DemoDirectory.KNEE.toString(), DemoDirectory.SPORTS.toString());
        assertThat(maya.get("workingHours").size()).isEqualTo(10);
    }

    @Test
    void aDirectoryWithDataIsNotSeededAgain() throws Exception {
        long events = jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single();

        seeder.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single()).isEqualTo(events);
        assertThat(jdbc.sql("SELECT count(*) FROM therapists").query(Long.class).single()).isEqualTo(8);
        assertThat(List.of(3L, 5L)).containsExactly(
                jdbc.sql("SELECT count(*) FROM locations").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM treatments").query(Long.class).single());
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TopicProbe.header(record, CloudEventHeaders.TYPE);
    }
}
