package com.clinicnetwork.opsconsole;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.opsconsole.OpsKafkaFixture.DeadLettered;
import com.clinicnetwork.opsconsole.deadletters.DeadLetter;
import com.clinicnetwork.opsconsole.deadletters.DeadLetters;
import com.clinicnetwork.opsconsole.deadletters.HandledDeadLetters;
import com.clinicnetwork.opsconsole.kafka.OpsKafka;
import com.clinicnetwork.testsupport.apidocs.ApiBaseline;
import com.clinicnetwork.testsupport.apidocs.ApiDocuments;
import com.clinicnetwork.testsupport.standin.StandInServer;
import com.clinicnetwork.testsupport.standin.StandInServer.Content;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator console's API on the real application, against a real Kafka broker and stand-ins for the
 * services' actuators: who may use it, what it reports, and replaying and discarding dead letters end to end.
 * (The gateway's {@code OpsConsoleRoutingIT} shows the same paths reach it through the gateway.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Wide enough that nothing this JVM produced leaves the window while the test runs.
        "clinic.ops.throughput-minutes=60"})
@ExtendWith(OutputCaptureExtension.class)
class OpsConsoleIT {

    private static final StandInServer THERAPIST = StandInServer.start(Content.empty(404));
    private static final StandInServer BOOKING = StandInServer.start(Content.empty(404));
    private static final String NOTIFICATION_DOWN = StandInServer.unreachableUrl();
    private static final OpsKafkaFixture KAFKA = OpsKafkaFixture.start();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    OpsProperties properties;

    WebTestClient client;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("THERAPIST_SERVICE_URL", THERAPIST::url);
        registry.add("BOOKING_SERVICE_URL", BOOKING::url);
        registry.add("NOTIFICATION_SERVICE_URL", () -> NOTIFICATION_DOWN);
        registry.add("KAFKA_BOOTSTRAP_SERVERS", OpsKafkaFixture::bootstrapServers);
        TestTokens.trustTestIssuer(registry);
    }

    @BeforeEach
    void setUp() {
        THERAPIST.clear();
        BOOKING.clear();
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterAll
    static void stop() {
        THERAPIST.close();
        BOOKING.close();
        KAFKA.close();
    }

    private static String operator() {
        return TestTokens.bearer(TokenClaims.operator("ops-it-" + UUID.randomUUID()));
    }

    @Test
    void theApiNeedsAnOperatorTokenAndThePageDoesNot() {
        client.get().uri("/ops/status").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        for (TokenClaims notOperator : List.of(TokenClaims.client("sam", UUID.randomUUID()), TokenClaims.clinicAdmin("admin"),
                TokenClaims.frontDesk("desk", List.of(UUID.randomUUID())))) {
            client.get().uri("/ops/status").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(notOperator)).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            client.post().uri("/ops/dead-letters/replay-all").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(notOperator)).exchange()
                    .expectStatus().isForbidden();
        }
        client.post().uri("/ops/dead-letters/clinic.appointments.v1.DLT/0/0/discard").exchange().expectStatus().isUnauthorized();

        client.get().uri("/ops/index.html").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        client.get().uri("/ops").exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/ops/index.html");
    }

    @Test
    void reportsEachServiceUpOrDownWithVersionAndOutboxBacklog() {
        THERAPIST.serve("/actuator/health", new Content(200, "application/json", "{\"status\":\"UP\"}"))
                .serve("/actuator/info", new Content(200, "application/json", "{\"build\":{\"version\":\"1.4.2\"}}"))
                .serve("/actuator/metrics/clinic.outbox.backlog", new Content(200, "application/json", """
                        {"name":"clinic.outbox.backlog","description":"Outbox events not yet published to Kafka",
                         "baseUnit":"events","measurements":[{"statistic":"VALUE","value":4.0}],"availableTags":[]}"""))
                .serve("/actuator/metrics/clinic.outbox.oldest.age", new Content(200, "application/json", """
                        {"name":"clinic.outbox.oldest.age","baseUnit":"seconds",
                         "measurements":[{"statistic":"VALUE","value":12.5}],"availableTags":[]}"""));
        // Down: readiness says so with a 503 and a body; it exports no outbox metrics (the actuator answers 404).
        BOOKING.serve("/actuator/health", new Content(503, "application/json", "{\"status\":\"DOWN\"}"))
                .serve("/actuator/metrics/clinic.outbox.backlog", new Content(404, "application/json", ""))
                .serve("/actuator/metrics/clinic.outbox.oldest.age", new Content(404, "application/json", ""));

        JsonNode services = status().get("services");

        assertThat(services.findValuesAsString("name")).containsExactly("booking-service", "notification-service", "therapist-service");
        assertThat(service(services, "therapist-service").toString()).isEqualTo(
                "{\"name\":\"therapist-service\",\"status\":\"UP\",\"reachable\":true,\"version\":\"1.4.2\",\"outboxBacklog\":4.0,\"outboxOldestAgeSeconds\":12.5}");
        assertThat(service(services, "booking-service").toString()).isEqualTo(
                "{\"name\":\"booking-service\",\"status\":\"DOWN\",\"reachable\":true,\"version\":null,\"outboxBacklog\":null,\"outboxOldestAgeSeconds\":null}");
        assertThat(service(services, "notification-service").toString()).isEqualTo(
                "{\"name\":\"notification-service\",\"status\":\"DOWN\",\"reachable\":false,\"version\":null,\"outboxBacklog\":null,\"outboxOldestAgeSeconds\":null}");
    }

    @Test
    void reportsConsumerLagPerGroupAndThroughputPerMinute() {
        String group = "ops-it-" + UUID.randomUUID();
        KAFKA.commit(group, Topics.NOTIFICATIONS, 0);
        JsonNode before = status();
        long lagBefore = lag(before, Topics.NOTIFICATIONS, group);
        long notificationsBefore = total(before, "notifications");

        for (int i = 0; i < 3; i++) {
            KAFKA.publish(Topics.NOTIFICATIONS, EventTypes.NOTIFICATION_SENT, UUID.randomUUID().toString(), "{}");
        }

        JsonNode after = status();
        assertThat(lag(after, Topics.NOTIFICATIONS, group)).isEqualTo(lagBefore + 3);
        assertThat(total(after, "notifications")).isEqualTo(notificationsBefore + 3);
        assertThat(after.at("/throughput/data")).hasSize(60);

        // The consumer catches up: its lag drains to zero.
        for (int partition = 0; partition < 3; partition++) {
            KAFKA.commitAt(group, Topics.NOTIFICATIONS, partition, KAFKA.endOffset(Topics.NOTIFICATIONS, partition));
        }
        assertThat(lag(status(), Topics.NOTIFICATIONS, group)).isZero();
    }

    @Test
    void showsRecentNotificationFailuresWithoutRecipients() {
        UUID notificationId = UUID.randomUUID();
        KAFKA.publish(Topics.NOTIFICATIONS, EventTypes.NOTIFICATION_FAILED, notificationId.toString(), """
                {"notificationId":"%s","appointmentId":null,"locationId":"10000000-0000-4000-8000-000000000001",
                 "channel":"EMAIL","template":"appointment-confirmation","status":"FAILED","attempts":5,
                 "occurredAt":"2099-01-01T10:00:00Z","error":"SMTP 451 temporary failure"}""".formatted(notificationId));
        // Not the contract's shape: skipped, and it does not hide the others.
        KAFKA.publish(Topics.NOTIFICATIONS, EventTypes.NOTIFICATION_FAILED, UUID.randomUUID().toString(), "not json");

        JsonNode failures = status().at("/recentNotificationFailures");

        assertThat(failures.get("available").asBoolean()).isTrue();
        assertThat(failures.get("data").get(0).toString()).isEqualTo(("{\"notificationId\":\"%s\",\"appointmentId\":null,"
                + "\"locationId\":\"10000000-0000-4000-8000-000000000001\",\"channel\":\"EMAIL\",\"template\":\"appointment-confirmation\","
                + "\"attempts\":5,\"occurredAt\":\"2099-01-01T10:00:00Z\",\"error\":\"SMTP 451 temporary failure\"}").formatted(notificationId));
    }

    @Test
    void listsADeadLetterWithItsOriginAndCauseButNeverItsContent() {
        DeadLettered poisoned = KAFKA.poisonedAppointmentEvent();

        String body = deadLettersBody();
        JsonNode letter = find(json.readTree(body), poisoned);

        assertThat(letter.get("originalTopic").asString()).isEqualTo(Topics.APPOINTMENTS);
        assertThat(letter.get("originalPartition").asInt()).isEqualTo(poisoned.originalPartition());
        assertThat(letter.get("originalOffset").asLong()).isEqualTo(poisoned.originalOffset());
        assertThat(letter.get("consumerGroup").asString()).isEqualTo("notification-service");
        assertThat(letter.get("eventType").asString()).isEqualTo("appointment.booked");
        assertThat(letter.get("eventId").asString()).isEqualTo(poisoned.eventId());
        assertThat(letter.get("cause").asString()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(letter.get("state").asString()).isEqualTo("PENDING");
        assertThat(letter.get("deadLetteredAt").asString()).isNotBlank();
        assertThat(body).doesNotContain(OpsKafkaFixture.PERSONAL_NAME).doesNotContain(OpsKafkaFixture.PERSONAL_EMAIL)
                .doesNotContain(poisoned.key());
        assertThat(status().at("/deadLetters/data/pending").asLong()).isPositive();
    }

    @Test
    void replaysADeadLetterToItsOriginalTopicOnceAndRemembersItAcrossRestarts() {
        DeadLettered poisoned = KAFKA.poisonedAppointmentEvent();
        long replayFrom = KAFKA.endOffset(Topics.APPOINTMENTS, poisoned.originalPartition());

        client.post().uri("/ops/dead-letters/" + poisoned.path() + "/replay")
                .header(HttpHeaders.AUTHORIZATION, operator())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("REPLAYED")
                .jsonPath("$.handledAt").isNotEmpty();

        // Same key (so the same partition), same value, same CloudEvents headers; no dead-letter diagnostics.
        List<ConsumerRecord<String, String>> replayed = KAFKA.readFrom(Topics.APPOINTMENTS, poisoned.originalPartition(), replayFrom)
                .stream().filter(record -> poisoned.key().equals(record.key())).toList();
        assertThat(replayed).singleElement().satisfies(record -> {
            assertThat(record.value()).isEqualTo(poisoned.value());
            assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(poisoned.eventId());
            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("appointment.booked");
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(record.headers()).extracting(Header::key).noneMatch(name -> name.startsWith("kafka_dlt"));
        });

        client.post().uri("/ops/dead-letters/" + poisoned.path() + "/replay")
                .header(HttpHeaders.AUTHORIZATION, operator())
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(KAFKA.endOffset(Topics.APPOINTMENTS, poisoned.originalPartition())).isEqualTo(replayFrom + 1);

        // A restarted console (new clients, nothing in memory) still knows it was replayed.
        try (RestartedConsole restarted = new RestartedConsole(properties, json)) {
            assertThat(restarted.deadLetters.list()).filteredOn(letter -> letter.offset() == poisoned.offset()
                            && letter.topic().equals(poisoned.topic()) && letter.partition() == poisoned.partition())
                    .singleElement().extracting(DeadLetter::state).isEqualTo(DeadLetter.State.REPLAYED);
        }
    }

    @Test
    void discardsADeadLetterWithoutPublishingAnything() {
        DeadLettered poisoned = KAFKA.poisonedAppointmentEvent();
        long end = KAFKA.endOffset(Topics.APPOINTMENTS, poisoned.originalPartition());

        client.post().uri("/ops/dead-letters/" + poisoned.path() + "/discard")
                .header(HttpHeaders.AUTHORIZATION, operator())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DISCARDED");

        assertThat(KAFKA.endOffset(Topics.APPOINTMENTS, poisoned.originalPartition())).isEqualTo(end);
        assertThat(find(json.readTree(deadLettersBody()), poisoned).get("state").asString()).isEqualTo("DISCARDED");
        client.post().uri("/ops/dead-letters/" + poisoned.path() + "/replay")
                .header(HttpHeaders.AUTHORIZATION, operator())
                .exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void replaysAllPendingDeadLettersAndDiscardAllThenFindsNothingLeft() {
        DeadLettered first = KAFKA.poisonedAppointmentEvent();
        DeadLettered second = KAFKA.poisonedAppointmentEvent();

        client.post().uri("/ops/dead-letters/replay-all")
                .header(HttpHeaders.AUTHORIZATION, operator())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.failed").isEqualTo(0);

        JsonNode letters = json.readTree(deadLettersBody());
        assertThat(find(letters, first).get("state").asString()).isEqualTo("REPLAYED");
        assertThat(find(letters, second).get("state").asString()).isEqualTo("REPLAYED");
        assertThat(letters.findValuesAsString("state")).doesNotContain("PENDING");

        DeadLettered third = KAFKA.poisonedAppointmentEvent();
        DeadLettered fourth = KAFKA.poisonedAppointmentEvent();
        client.post().uri("/ops/dead-letters/discard-all")
                .header(HttpHeaders.AUTHORIZATION, operator())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.handled").isEqualTo(2).jsonPath("$.failed").isEqualTo(0);
        assertThat(find(json.readTree(deadLettersBody()), fourth).get("state").asString()).isEqualTo("DISCARDED");
        assertThat(find(json.readTree(deadLettersBody()), third).get("state").asString()).isEqualTo("DISCARDED");
    }

    @Test
    void anOperatorsDecisionIsLoggedInTheRequestsTraceWithoutTheDeadLettersContent(CapturedOutput output) {
        DeadLettered poisoned = KAFKA.poisonedAppointmentEvent();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        client.post().uri("/ops/dead-letters/" + poisoned.path() + "/discard")
                .header(HttpHeaders.AUTHORIZATION, operator())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk();

        String decision = "Dead letter " + poisoned.topic() + "-" + poisoned.partition() + "@" + poisoned.offset() + " discarded";
        assertThat(output.getOut().lines().filter(line -> line.contains(decision)).map(json::readTree))
                .singleElement().satisfies(line -> assertThat(line.path("traceId").asString()).isEqualTo(traceId));
        // The test's own Kafka clients log too; the console's lines are what it answers for.
        assertThat(output.getOut().lines().filter(line -> line.contains("\"logger\":\"com.clinicnetwork.opsconsole")))
                .isNotEmpty()
                .noneMatch(line -> line.contains(OpsKafkaFixture.PERSONAL_NAME) || line.contains(OpsKafkaFixture.PERSONAL_EMAIL)
                        || line.contains(poisoned.key()));
    }

    @Test
    void theApiDocumentFollowsThePlatformsRulesAndIsRecordedAgainstItsBaseline() {
        String document = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(ApiDocuments.platformShapeViolations(document, "http://127.0.0.1:8080")).isEmpty();
        assertThat(document).contains("\"getOperationsStatus\"", "\"listDeadLetters\"", "\"replayDeadLetter\"",
                "\"discardAllDeadLetters\"");

        ApiBaseline.record("ops-console", document);
    }

    @Test
    void rejectsCoordinatesThatAreNotADeadLetter() {
        String token = operator();
        client.post().uri("/ops/dead-letters/clinic.appointments.v1/0/0/replay").header(HttpHeaders.AUTHORIZATION, token)
                .exchange().expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/ops/dead-letters/clinic.appointments.v1.DLT/-1/0/replay").header(HttpHeaders.AUTHORIZATION, token)
                .exchange().expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/ops/dead-letters/clinic.appointments.v1.DLT/zero/0/replay").header(HttpHeaders.AUTHORIZATION, token)
                .exchange().expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/ops/dead-letters/clinic.appointments.v1.DLT/0/999999/replay").header(HttpHeaders.AUTHORIZATION, token)
                .exchange().expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/ops/dead-letters/clinic.appointments.v1.DLT/99/0/discard").header(HttpHeaders.AUTHORIZATION, token)
                .exchange().expectStatus().isNotFound();
        client.post().uri("/ops/dead-letters/no.such.topic.DLT/0/0/discard").header(HttpHeaders.AUTHORIZATION, token)
                .exchange().expectStatus().isNotFound();
    }

    private JsonNode status() {
        String body = client.get().uri("/ops/status").header(HttpHeaders.AUTHORIZATION, operator())
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(body);
    }

    private String deadLettersBody() {
        return client.get().uri("/ops/dead-letters").header(HttpHeaders.AUTHORIZATION, operator())
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static JsonNode service(JsonNode services, String name) {
        for (JsonNode service : services) {
            if (service.get("name").asString().equals(name)) {
                return service;
            }
        }
        throw new AssertionError("no service " + name + " in " + services);
    }

    private static JsonNode find(JsonNode letters, DeadLettered poisoned) {
        for (JsonNode letter : letters) {
            if (letter.get("topic").asString().equals(poisoned.topic()) && letter.get("partition").asInt() == poisoned.partition()
                    && letter.get("offset").asLong() == poisoned.offset()) {
                return letter;
            }
        }
        throw new AssertionError("dead letter " + poisoned.path() + " not listed in " + letters);
    }

    private static long lag(JsonNode status, String topic, String group) {
        for (JsonNode entry : status.at("/topics/data")) {
            if (entry.get("name").asString().equals(topic)) {
                for (JsonNode lag : entry.get("consumerGroups")) {
                    if (lag.get("group").asString().equals(group)) {
                        return lag.get("lag").asLong();
                    }
                }
            }
        }
        throw new AssertionError("no lag of " + group + " on " + topic + " in " + status.get("topics"));
    }

    private static long total(JsonNode status, String field) {
        long total = 0;
        for (JsonNode minute : status.at("/throughput/data")) {
            total += minute.get(field).asLong();
        }
        return total;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** The console's Kafka side as a freshly started console builds it. */
    private static final class RestartedConsole implements AutoCloseable {
        final OpsKafka kafka;
        final DeadLetters deadLetters;

        RestartedConsole(OpsProperties properties, JsonMapper json) {
            kafka = new OpsKafka(properties);
            deadLetters = new DeadLetters(kafka, new HandledDeadLetters(kafka, json, properties), properties);
        }

        @Override
        public void close() {
            kafka.destroy();
        }
    }
}
