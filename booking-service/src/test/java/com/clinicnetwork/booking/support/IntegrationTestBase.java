package com.clinicnetwork.booking.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.client.ClientView;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.time.TestClock;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The booking service on a random port against the real PostgreSQL and Kafka of this test JVM. Every
 * test publishes its own locations, treatments and therapists with fresh ids, so tests share one
 * application context and database without seeing each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinic.demo-data.enabled=true",
        "clinic.booking.waitlist.expiry-check-interval=200ms",
        // The tests share one database and the demo clients, whose holdings add up across tests; the limits
        // themselves are tested with their own values in ClientLimitsIT.
        "clinic.booking.client-limits.future-appointments=100000",
        "clinic.booking.client-limits.waitlist-entries=100000",
        "clinic.booking.client-limits.open-offers=100000",
        "clinic.booking.client-limits.active-courses=100000",
        // The demo clients' no-shows and late cancellations add up across tests too: by default no booking is flagged at
        // risk; NoShowRiskIT sets the thresholds of its own locations.
        "clinic.booking.default-policy.no-show-risk.no-shows=0",
        "clinic.booking.default-policy.no-show-risk.late-cancellations=0",
        "clinic.booking.default-policy.no-show-risk.lead-time-days=0",
        // notification-service would sign the check-in links with the same secret.
        "clinic.aftercare.link-secret=" + IntegrationTestBase.CHECK_IN_LINK_SECRET,
        "logging.level.org.apache.kafka=WARN",
        "logging.level.kafka=WARN",
        "logging.level.state.change.logger=WARN"})
@UsesRealInfrastructure
@AutoConfigureRestTestClient
@Import(TestClock.Configuration.class)
public abstract class IntegrationTestBase {

    protected static final String CHECK_IN_LINK_SECRET = "booking-service-tests-check-in-link-secret";
    protected static final Duration EVENTUALLY = Duration.ofSeconds(30);
    protected static final ZoneId LONDON = ZoneId.of("Europe/London");
    protected static final UUID SAM = UUID.fromString("40000000-0000-4000-8000-000000000001");
    protected static final UUID PRIYA = UUID.fromString("40000000-0000-4000-8000-000000000002");

    protected static final ParameterizedTypeReference<PageOf<AppointmentView>> APPOINTMENT_PAGE = new ParameterizedTypeReference<>() { };

    private static final String DIRECTORY_CONSUMER = "booking-service.directory";

    @Autowired
    protected RestTestClient http;

    @Autowired
    protected DirectoryRepository directory;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected JdbcClient jdbc;

    /** The service's clock: advance it to let a session's time come instead of waiting for it. */
    @Autowired
    protected TestClock clock;

    @Autowired
    private KafkaConnectionDetails kafkaConnection;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @AfterEach
    void clockBackToTheSystemTime() {
        clock.reset();
    }

    /**
     * Moves the service's clock forward to {@code time}. Book first: a booking judged at the moved clock would be
     * judged against a later "now".
     */
    protected void advanceClockTo(Instant time) {
        clock.advance(Duration.between(clock.instant(), time));
    }

    protected static String admin() {
        return TestTokens.bearer(TokenClaims.clinicAdmin("admin"));
    }

    protected static String operator() {
        return TestTokens.bearer(TokenClaims.operator("operator"));
    }

    protected static String client(UUID clientId) {
        return TestTokens.bearer(TokenClaims.client("client-" + clientId, clientId));
    }

    protected static String frontDesk(UUID... locationIds) {
        return TestTokens.bearer(TokenClaims.frontDesk("front-desk-" + UUID.randomUUID(), List.of(locationIds)));
    }

    protected static String therapist(UUID therapistId, UUID... locationIds) {
        return TestTokens.bearer(TokenClaims.therapist("therapist-" + therapistId, therapistId, List.of(locationIds)));
    }

    protected String bootstrapServers() {
        return String.join(",", kafkaConnection.getBootstrapServers());
    }

    protected RecordMetadata publish(ProducerRecord<String, String> record) {
        try {
            return kafka.send(record).get(10, TimeUnit.SECONDS).getRecordMetadata();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish test record", e);
        }
    }

    protected RecordMetadata publishDirectoryEvent(String type, UUID id, Object state) {
        return publish(ContractEvents.record(Topics.DIRECTORY, type, id.toString(), json.writeValueAsString(state)));
    }

    /** Waits until the directory consumer has committed past the record: it was applied, ignored or dead-lettered. */
    protected void awaitDirectoryConsumerPast(RecordMetadata sent) {
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            await().atMost(EVENTUALLY).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(DIRECTORY_CONSUMER)
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS).get(partition);
                return committed != null && committed.offset() > sent.offset();
            });
        }
    }

    /** A London location, a 60-minute treatment with a 15-minute buffer and a therapist working there 08:00-20:00 daily. */
    protected BookableTherapist bookableTherapist() {
        UUID locationId = UUID.randomUUID();
        UUID treatmentId = UUID.randomUUID();
        UUID therapistId = UUID.randomUUID();
        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, locationId,
                new LocationState(locationId, 1, "Test clinic", "1 Test Street, Manchester", LONDON.getId(), true));
        publishDirectoryEvent(EventTypes.TREATMENT_UPSERTED, treatmentId,
                new TreatmentState(treatmentId, 1, "Knee pain relief massage", 60, 15, "KNEE_REHABILITATION", null, true));
        List<WeeklyWorkingHours> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyWorkingHours(locationId, day, LocalTime.of(8, 0), LocalTime.of(20, 0)))
                .toList();
        publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, therapistId, new TherapistState(therapistId, 1, "Test Therapist",
                Set.of("KNEE_REHABILITATION"), Set.of(locationId), Set.of(treatmentId), everyDay, true));
        await().atMost(EVENTUALLY).until(() -> directory.findLocation(locationId).isPresent()
                && directory.findTreatment(treatmentId).isPresent()
                && directory.findTherapist(therapistId).isPresent());
        return new BookableTherapist(locationId, treatmentId, therapistId);
    }

    /** A week from today at the given London wall-clock time. */
    protected static OffsetDateTime nextWeekAt(int hour, int minute) {
        return LocalDate.now(LONDON).plusDays(7).atTime(hour, minute).atZone(LONDON).toOffsetDateTime();
    }

    protected UUID createClient(String firstName) {
        ClientView body = http.post().uri("/api/v1/clients")
                .header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("firstName", firstName, "lastName", "Tester", "email", firstName.toLowerCase() + "@example.com",
                        "timeZone", "Europe/London", "locale", "en-GB"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(ClientView.class)
                .returnResult().getResponseBody();
        return body.id();
    }

    /**
     * The appointment's time comes: its session, kept at its length and buffer, moves to start {@code ago} before the
     * service's now, still in its status. Tests of rules that apply once a session has started (or long after) use it
     * instead of waiting.
     */
    protected void startedAgo(UUID appointmentId, Duration ago) {
        jdbc.sql("""
                        UPDATE appointment
                        SET starts_at = CAST(:startsAt AS TIMESTAMPTZ),
                            ends_at = CAST(:startsAt AS TIMESTAMPTZ) + (ends_at - starts_at),
                            blocked_until = CAST(:startsAt AS TIMESTAMPTZ) + (blocked_until - starts_at)
                        WHERE id = :id
                        """)
                .param("startsAt", OffsetDateTime.ofInstant(clock.instant().minus(ago), ZoneOffset.UTC))
                .param("id", appointmentId)
                .update();
    }

    /** A POST with a JSON body (or none) as the given user; {@code ifMatch} may be null. */
    protected RestTestClient.ResponseSpec post(String uri, String token, Object body, String ifMatch) {
        return http.post().uri(uri)
                .header(HttpHeaders.AUTHORIZATION, token)
                .headers(headers -> {
                    if (ifMatch != null) {
                        headers.setIfMatch(ifMatch);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body == null ? Map.of() : body)
                .exchange();
    }

    /** A creating POST with an {@code Idempotency-Key}, as the given user or, with a null token, as nobody. */
    protected RestTestClient.ResponseSpec postWithKey(String uri, String token, Object body, String idempotencyKey) {
        return http.post().uri(uri)
                .headers(headers -> {
                    if (token != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, token);
                    }
                    headers.set("Idempotency-Key", idempotencyKey);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    /**
     * Sends a creating request twice with one {@code Idempotency-Key}, then with that key and {@code otherBody}: the
     * repeat gets the first answer (201, {@code Location}, {@code ETag}, body), the other body 422
     * {@code idempotency-key-reused}. Whether anything was created twice is the caller's to check.
     *
     * @param send sends a body with a key
     * @return the first answer's body
     */
    protected static JsonNode createdOnceWithKey(BiFunction<Object, String, RestTestClient.ResponseSpec> send, Object body,
            Object otherBody) {
        String key = UUID.randomUUID().toString();
        EntityExchangeResult<JsonNode> first = send.apply(body, key)
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult();
        EntityExchangeResult<JsonNode> repeat = send.apply(body, key)
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult();

        assertThat(repeat.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(repeat.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(repeat.getResponseHeaders().getETag()).isEqualTo(first.getResponseHeaders().getETag());
        send.apply(otherBody, key)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/idempotency-key-reused");
        return first.getResponseBody();
    }

    /** Books and returns the appointment as the API answered it. */
    protected AppointmentView booked(String token, Map<String, Object> request) {
        return post("/api/v1/appointments", token, request, null)
                .expectStatus().isCreated()
                .expectBody(AppointmentView.class).returnResult().getResponseBody();
    }

    /** One of several concurrent requests; answers its HTTP status. */
    protected interface Attempt {
        int run(int index) throws Exception;
    }

    /** Runs {@code count} attempts at once (released together) and answers their statuses in order. */
    protected static List<HttpStatus> inParallel(int count, Attempt attempt) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpStatus>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<HttpStatus> call = () -> {
                    start.await();
                    return HttpStatus.valueOf(attempt.run(index));
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<HttpStatus> outcomes = new ArrayList<>();
            for (Future<HttpStatus> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    public record BookableTherapist(UUID locationId, UUID treatmentId, UUID therapistId) {

        public Map<String, Object> booking(UUID clientId, OffsetDateTime startsAt) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (clientId != null) {
                body.put("clientId", clientId);
            }
            body.put("therapistId", therapistId);
            body.put("locationId", locationId);
            body.put("treatmentId", treatmentId);
            body.put("startsAt", startsAt.toString());
            return body;
        }
    }
}
