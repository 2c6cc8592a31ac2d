package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed and hostile requests through the gateway: each must get a 4xx problem response,
 * never a 5xx, and leave nothing stored. Malformed Kafka records must be dead-lettered without
 * blocking the records behind them.
 */
class BadInputSystemIT {

    private static Gateway admin;
    private static TestChain chain;
    private static TestChain.Client victim;

    @BeforeAll
    static void prepare() {
        admin = SystemUnderTest.admin();
        chain = SystemUnderTest.chain();
        victim = chain.newClient(admin);
    }

    record Hostile(String description, String method, String path, String body, String contentType) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Arguments> corpus() {
        String therapist = "\"therapistId\":\"%s\",\"locationId\":\"%s\",\"treatmentId\":\"%s\"";
        String ids = therapist.formatted(chain().therapistIds.get(0), chain().locationId, chain().treatmentId);
        String client = "\"clientId\":\"" + victim().id() + "\"";
        List<Hostile> corpus = new ArrayList<>(List.of(
                new Hostile("broken JSON", "POST", "/api/v1/appointments", "{\"therapistId\": ", "application/json"),
                new Hostile("empty body", "POST", "/api/v1/appointments", "", "application/json"),
                new Hostile("JSON array instead of object", "POST", "/api/v1/appointments", "[1,2,3]", "application/json"),
                new Hostile("wrong types", "POST", "/api/v1/appointments",
                        "{" + client + ",\"therapistId\":42,\"locationId\":true,\"treatmentId\":[],\"startsAt\":{}}", "application/json"),
                new Hostile("impossible date", "POST", "/api/v1/appointments",
                        "{" + client + "," + ids + ",\"startsAt\":\"2026-13-45T99:00:00Z\"}", "application/json"),
                new Hostile("date without offset", "POST", "/api/v1/appointments",
                        "{" + client + "," + ids + ",\"startsAt\":\"2027-02-02T10:00:00\"}", "application/json"),
                new Hostile("far-future date", "POST", "/api/v1/appointments",
                        "{" + client + "," + ids + ",\"startsAt\":\"9999-12-31T10:00:00Z\"}", "application/json"),
                new Hostile("date in the past", "POST", "/api/v1/appointments",
                        "{" + client + "," + ids + ",\"startsAt\":\"2001-02-02T10:00:00Z\"}", "application/json"),
                new Hostile("unknown therapist", "POST", "/api/v1/appointments",
                        "{" + client + "," + therapist.formatted(UUID.randomUUID(), chain().locationId, chain().treatmentId)
                                + ",\"startsAt\":\"2027-02-02T10:00:00Z\"}", "application/json"),
                new Hostile("SQL injection in an id", "POST", "/api/v1/appointments",
                        "{" + client + ",\"therapistId\":\"' OR '1'='1\",\"locationId\":\"x\",\"treatmentId\":\"y\",\"startsAt\":\"2027-02-02T10:00:00Z\"}",
                        "application/json"),
                new Hostile("overlong intake notes", "POST", "/api/v1/appointments",
                        "{" + client + "," + ids + ",\"startsAt\":\"2027-02-02T10:00:00Z\",\"intakeNotes\":\"" + "x".repeat(20_000) + "\"}",
                        "application/json"),
                new Hostile("text/plain body", "POST", "/api/v1/appointments", "book me", "text/plain"),
                new Hostile("huge body", "POST", "/api/v1/appointments",
                        "{" + client + ",\"intakeNotes\":\"" + "a".repeat(3_000_000) + "\"}", "application/json"),
                new Hostile("SQL injection in a path id", "GET", "/api/v1/appointments/'%20OR%201=1--", "", null),
                new Hostile("SQL injection in a filter", "GET", "/api/v1/therapists?specialty='%20OR%20'1'='1", "", null),
                new Hostile("script as a time zone", "POST", "/api/v1/locations",
                        "{\"name\":\"Evil\",\"address\":\"1 Evil St\",\"timeZone\":\"<script>alert(1)</script>\"}", "application/json"),
                new Hostile("unknown time zone", "POST", "/api/v1/locations",
                        "{\"name\":\"Mars Clinic\",\"address\":\"Olympus Mons\",\"timeZone\":\"Mars/Olympus_Mons\"}", "application/json"),
                new Hostile("NUL byte in a name", "POST", "/api/v1/locations",
                        "{\"name\":\"Clinic\\u0000\",\"address\":\"1 Null St\",\"timeZone\":\"Europe/London\"}", "application/json"),
                new Hostile("negative duration", "POST", "/api/v1/treatments",
                        "{\"name\":\"Backwards massage\",\"durationMinutes\":-30,\"requiredSpecialty\":\"DEEP_TISSUE\",\"price\":10}",
                        "application/json"),
                new Hostile("unknown specialty", "POST", "/api/v1/treatments",
                        "{\"name\":\"Reiki\",\"durationMinutes\":30,\"requiredSpecialty\":\"'; DROP TABLE treatments;--\",\"price\":10}",
                        "application/json"),
                new Hostile("working hours ending before they start", "PUT",
                        "/api/v1/therapists/" + chain().therapistIds.get(0) + "/working-hours",
                        "{\"workingHours\":[{\"locationId\":\"" + chain().locationId + "\",\"dayOfWeek\":\"MONDAY\",\"startsAt\":\"17:00\",\"endsAt\":\"09:00\"}]}",
                        "application/json"),
                new Hostile("invalid client email", "POST", "/api/v1/clients",
                        "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"not-an-email\",\"timeZone\":\"Europe/London\"}", "application/json"),
                new Hostile("invalid notification filter", "GET", "/api/v1/notifications?appointmentId=not-a-uuid", "", null)));
        return corpus.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isAnsweredWithAClientErrorProblem(Hostile request) {
        Gateway.Response response = request.method().equals("GET")
                ? admin.get(request.path())
                : admin.raw(request.method(), request.path(), request.body(), request.contentType());

        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void noneOfTheCorpusStoredAnything() {
        corpus().forEach(arguments -> {
            Hostile request = (Hostile) arguments.get()[0];
            if (!request.method().equals("GET")) {
                admin.raw(request.method(), request.path(), request.body(), request.contentType());
            }
        });

        assertThat(admin.get("/api/v1/notifications?clientId=" + victim.id()).json().get("items")).isEmpty();
        assertThat(admin.get("/api/v1/locations?size=100").body()).doesNotContain("Evil").doesNotContain("Mars Clinic");
        assertThat(admin.get("/api/v1/treatments?size=100").body()).doesNotContain("Backwards massage").doesNotContain("Reiki");
        assertThat(admin.get("/api/v1/therapists/" + chain.therapistIds.get(0)).body()).contains("\"startsAt\":\"07:00");
    }

    @Test
    void malformedKafkaRecordsAreDeadLetteredAndDoNotBlockTheBookingsBehindThem() {
        String bootstrap = SystemUnderTest.platform().kafkaBootstrapServers();
        String poisonKey = "poison-" + UUID.randomUUID();
        ProducerRecord<String, String> noHeaders = new ProducerRecord<>(Topics.APPOINTMENTS, poisonKey, "{\"appointmentId\":");
        ProducerRecord<String, String> badPayload = ContractEvents.record(Topics.APPOINTMENTS, "appointment.booked", poisonKey,
                "{\"appointmentId\":\"not-a-uuid\"}");
        TopicProbe.send(bootstrap, noHeaders, badPayload);

        TestChain.Client client = chain.newClient(admin);
        assertThat(admin.post("/api/v1/appointments", chain.freshBooking(client.id())).status()).isEqualTo(201);

        Confirmations.assertExactlyOneEach(List.of(client.email()), Duration.ofSeconds(30));
        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(bootstrap, Topics.deadLetterOf(Topics.APPOINTMENTS))) {
            deadLetters.awaitRecord(Duration.ofSeconds(30), record -> poisonKey.equals(record.key())
                    && record.headers().lastHeader(CloudEventHeaders.TYPE) != null);
            assertThat(deadLetters.records()).filteredOn(record -> poisonKey.equals(record.key())).hasSize(2);
        }
    }

    private static TestChain chain() {
        return SystemUnderTest.chain();
    }

    private static TestChain.Client victim() {
        if (victim == null) {
            victim = chain().newClient(SystemUnderTest.admin());
        }
        return victim;
    }
}
