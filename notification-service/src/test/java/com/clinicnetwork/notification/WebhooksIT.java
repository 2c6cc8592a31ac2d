package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.notification.webhook.WebhookSignature;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Webhook subscriptions of the clinic's own systems: admin API, HMAC-signed deliveries, retries. */
class WebhooksIT extends IntegrationTestBase {

    private static final String PATH = "/api/v1/notifications/webhook-subscriptions";
    private static final Instant DEC_1_10_00 = Instant.parse("2026-12-01T10:00:00Z");

    private final String admin = bearer(TokenClaims.clinicAdmin("admin"));
    private Booking booking;

    @BeforeEach
    void aClientOfTheExampleClinic() {
        publishDirectoryExamples();
        booking = Booking.fresh(EXAMPLE_LOCATION);
    }

    @AfterEach
    void removeSubscriptionsSoOtherTestsSeeOnlyClientMessages() {
        jdbc.sql("DELETE FROM webhook_subscription").update();
    }

    @Test
    void aSubscribedReceiverGetsASignedCopyWithoutContactData() {
        String receiver = "/hooks/" + booking.appointmentId();
        Map<String, Object> subscription = create(receiver, List.of("appointment-confirmation"));
        String secret = (String) subscription.get("secret");
        assertThat(secret).startsWith("whsec_");

        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));

        await().atMost(Duration.ofSeconds(10)).until(() -> !httpServer.receivedAt(receiver).isEmpty());
        TestHttpServer.Received delivery = httpServer.receivedAt(receiver).get(0);
        long timestamp = Long.parseLong(delivery.headers().get("x-clinic-timestamp"));
        assertThat(timestamp).isCloseTo(clock.instant().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
        assertThat(WebhookSignature.verify(secret, timestamp, delivery.body(), delivery.headers().get("x-clinic-signature"))).isTrue();
        assertThat(delivery.headers().get("x-clinic-signature")).matches("v1=[0-9a-f]{64}");
        assertThat(delivery.body())
                .contains("\"messageType\":\"appointment-confirmation\"")
                .contains("\"appointmentId\":\"" + booking.appointmentId() + "\"")
                .doesNotContain(booking.email())
                .doesNotContain(booking.firstName());
        // The payload is a contract of the chain's systems: every field, those this message type does not have included.
        JsonNode payload = json.readTree(delivery.body());
        assertThat(payload.propertyNames()).containsExactlyInAnyOrder("deliveryId", "messageType", "appointmentId",
                "appointmentVersion", "offerId", "clientId", "locationId", "therapistId", "treatmentId", "startsAt", "endsAt",
                "previousStartsAt", "holdUntil", "lateCancellation", "seriesId", "sessions", "createdAt");
        assertThat(payload.path("deliveryId").asString()).isEqualTo(delivery.headers().get("x-clinic-delivery-id"));
        assertThat(payload.path("appointmentVersion").asLong()).isEqualTo(1);
        assertThat(payload.path("clientId").asString()).isEqualTo(booking.clientId().toString());
        assertThat(payload.path("locationId").asString()).isEqualTo(booking.locationId().toString());
        assertThat(Instant.parse(payload.path("startsAt").asString())).isEqualTo(DEC_1_10_00);
        assertThat(Instant.parse(payload.path("endsAt").asString())).isEqualTo(DEC_1_10_00.plus(Duration.ofHours(1)));
        assertThat(List.of(payload.get("offerId"), payload.get("previousStartsAt"), payload.get("holdUntil"), payload.get("seriesId"),
                payload.get("sessions")))
                .allMatch(JsonNode::isNull);
        assertThat(payload.path("lateCancellation").isBoolean()).isTrue();
        assertThat(payload.path("lateCancellation").asBoolean()).isFalse();
        assertThat(Instant.parse(payload.path("createdAt").asString())).isCloseTo(clock.instant(), within(30, ChronoUnit.SECONDS));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .extracting(n -> n.get("channel") + ":" + n.get("status"))
                .containsExactlyInAnyOrder("EMAIL:SENT", "WEBHOOK:SENT"));
        // The client's own list shows the messages to them, not the copy for the clinic's systems.
        http.get().uri("/api/v1/notifications?appointmentId={id}", booking.appointmentId())
                .header("Authorization", bearer(TokenClaims.client("c", booking.clientId())))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1);
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffUntilItAccepts() {
        String receiver = "/hooks/flaky-" + booking.appointmentId();
        httpServer.respond(receiver, 500, 503);
        create(receiver, List.of("appointment-confirmation"));

        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .filteredOn(n -> "WEBHOOK".equals(n.get("channel")))
                .singleElement()
                .satisfies(n -> assertThat(n).containsEntry("status", "SENT").containsEntry("attempts", 3)));
        List<TestHttpServer.Received> deliveries = httpServer.receivedAt(receiver);
        assertThat(deliveries).hasSize(3);
        assertThat(deliveries).extracting(d -> d.headers().get("x-clinic-delivery-id")).containsOnly(deliveries.get(0).headers().get("x-clinic-delivery-id"));
    }

    @Test
    void onlySubscribedMessageTypesAreDelivered() {
        String receiver = "/hooks/cancellations-" + booking.appointmentId();
        create(receiver, List.of("appointment-cancelled"));

        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));
        send(appointmentEvent(EventTypes.APPOINTMENT_CANCELLED, booking, 2, DEC_1_10_00, Map.of("lateCancellation", true)));

        await().atMost(Duration.ofSeconds(10)).until(() -> httpServer.receivedAt(receiver).size() == 1);
        assertThat(httpServer.receivedAt(receiver).get(0).body())
                .contains("\"messageType\":\"appointment-cancelled\"").contains("\"lateCancellation\":true");
    }

    @Test
    void aCourseConfirmationsCopyNamesTheCourseAndEverySession() {
        String receiver = "/hooks/courses-" + booking.appointmentId();
        create(receiver, List.of("course-confirmation"));
        UUID seriesId = UUID.randomUUID();
        Booking second = booking.another();

        send(courseBooked(booking, seriesId, List.of(booking.appointmentId(), second.appointmentId()),
                List.of(DEC_1_10_00, DEC_1_10_00.plus(Duration.ofDays(7))), "en-GB"));

        await().atMost(Duration.ofSeconds(10)).until(() -> httpServer.receivedAt(receiver).size() == 1);
        JsonNode payload = json.readTree(httpServer.receivedAt(receiver).get(0).body());
        assertThat(payload.path("messageType").asString()).isEqualTo("course-confirmation");
        assertThat(payload.path("seriesId").asString()).isEqualTo(seriesId.toString());
        assertThat(payload.get("appointmentId").isNull()).isTrue();
        assertThat(Instant.parse(payload.path("startsAt").asString())).isEqualTo(DEC_1_10_00);
        assertThat(payload.get("sessions").valueStream().map(session -> session.get("appointmentId").asString() + "@"
                + Instant.parse(session.get("startsAt").asString())).toList())
                .containsExactly(booking.appointmentId() + "@" + DEC_1_10_00,
                        second.appointmentId() + "@" + DEC_1_10_00.plus(Duration.ofDays(7)));
        assertThat(httpServer.receivedAt(receiver).get(0).body()).doesNotContain(booking.email());
    }

    @Test
    void adminsManageSubscriptionsAndTheSecretIsShownOnlyOnce() {
        Map<String, Object> created = create("/hooks/managed", List.of("appointment-reminder"));
        String id = (String) created.get("id");

        subscriptions(HttpMethod.GET, "/" + id, null, admin, null).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.secret").doesNotExist().jsonPath("$.messageTypes[0]").isEqualTo("appointment-reminder");
        subscriptions(HttpMethod.PUT, "/" + id, """
                {"url":"%s","messageTypes":["waitlist-offer"],"active":false}""".formatted(httpServer.url("/hooks/managed")), admin, "\"1\"")
                .expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(false).jsonPath("$.version").isEqualTo(2);
        subscriptions(HttpMethod.PUT, "/" + id, """
                {"url":"%s","messageTypes":["waitlist-offer"]}""".formatted(httpServer.url("/hooks/managed")), admin, "\"1\"")
                .expectStatus().isEqualTo(412);
        subscriptions(HttpMethod.GET, "", null, admin, null).expectStatus().isOk()
                .expectBody().jsonPath("$[0].id").isEqualTo(id).jsonPath("$[0].secret").doesNotExist();
        subscriptions(HttpMethod.DELETE, "/" + id, null, admin, null).expectStatus().isNoContent();
        subscriptions(HttpMethod.GET, "/" + id, null, admin, null).expectStatus().isNotFound();
    }

    @Test
    void onlyClinicAdminsMayManageThemAndBadInputIsAProblem() {
        String body = """
                {"url":"https://clinic.example/hooks","messageTypes":["appointment-confirmation"]}""";
        subscriptions(HttpMethod.POST, "", body, bearer(TokenClaims.operator("op")), null).expectStatus().isForbidden();
        subscriptions(HttpMethod.POST, "", body, bearer(TokenClaims.frontDesk("desk", List.of(EXAMPLE_LOCATION))), null)
                .expectStatus().isForbidden();
        subscriptions(HttpMethod.GET, "", null, bearer(TokenClaims.client("c", booking.clientId())), null).expectStatus().isForbidden();

        assertInvalid("""
                {"url":"ftp://clinic.example/hooks","messageTypes":["appointment-confirmation"]}""", "url");
        assertInvalid("""
                {"url":"https://user:pw@clinic.example/hooks","messageTypes":["appointment-confirmation"]}""", "url");
        assertInvalid("""
                {"url":"https://clinic.example/hooks","messageTypes":["everything"]}""", "messageTypes");
        assertInvalid("""
                {"url":"https://clinic.example/hooks","messageTypes":[]}""", "messageTypes");
    }

    @Test
    void internalTargetsBeyondTheExplicitlyAllowedTestReceiverAreRefusedAtRegistration() {
        int port = java.net.URI.create(httpServer.url("/")).getPort();
        for (String url : List.of("http://127.0.0.2:" + port + "/hooks", "http://[::1]:" + port + "/hooks",
                "http://10.0.0.1/hooks", "http://172.16.0.1/hooks", "http://192.168.1.1/hooks",
                "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/hooks", "http://[fd00::1]/hooks",
                "http://100.64.0.1/hooks", "http://0.0.0.0:" + port + "/hooks", "http://224.0.0.1/hooks")) {
            assertInvalid(json.writeValueAsString(Map.of("url", url, "messageTypes", List.of("appointment-confirmation"))), "url");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_subscription").query(Long.class).single()).isZero();
    }

    @Test
    void aTargetThatBecameInternalAfterRegistrationIsNotDeliveredTo() {
        String receiver = "/hooks/moved-" + booking.appointmentId();
        int port = java.net.URI.create(httpServer.url("/")).getPort();
        // As if the host had resolved to an allowed address when registered and to another one now.
        jdbc.sql("""
                        INSERT INTO webhook_subscription (id, url, secret, message_types)
                        VALUES (gen_random_uuid(), :url, 'whsec_test', ARRAY['appointment-confirmation'])
                        """)
                .param("url", "http://127.0.0.2:" + port + receiver)
                .update();

        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .filteredOn(n -> "WEBHOOK".equals(n.get("channel")))
                .singleElement()
                .satisfies(n -> assertThat(n).containsEntry("status", "FAILED").containsEntry("attempts", 1)
                        .containsEntry("lastError", "Webhook not delivered: refused target")));
        assertThat(httpServer.receivedAt(receiver)).isEmpty();
    }

    @Test
    void whatAdminsReadAboutAFailedDeliveryIsACategoryWithoutAddressesOrPorts() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String failing = "/hooks/failing-" + booking.appointmentId();
        httpServer.respond(failing, 503, 503, 503, 503, 503, 503);
        create(failing, List.of("appointment-confirmation"));
        String unreachable = "http://127.0.0.1:" + closedPort + "/hooks";
        subscriptions(HttpMethod.POST, "", json.writeValueAsString(Map.of("url", unreachable, "messageTypes",
                List.of("appointment-confirmation"))), admin, null).expectStatus().isCreated();

        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .filteredOn(n -> "WEBHOOK".equals(n.get("channel")))
                .extracting(n -> n.get("lastError"))
                .containsExactlyInAnyOrder("Webhook not delivered: HTTP 5xx", "Webhook not delivered: connection failed"));
        assertThat(jdbc.sql("SELECT error FROM notification_attempt a JOIN notification n ON n.id = a.notification_id "
                        + "WHERE n.appointment_id = :id AND n.channel = 'WEBHOOK'")
                .param("id", booking.appointmentId()).query(String.class).list())
                .isNotEmpty()
                .allSatisfy(error -> assertThat(error).doesNotContain("127.0.0.1").doesNotContain(Integer.toString(closedPort))
                        .doesNotContain("Exception"));
    }

    @Test
    void theNumberOfSubscriptionsIsCapped() {
        for (int i = 0; i < 20; i++) {
            create("/hooks/capped-" + i, List.of("waitlist-offer"));
        }
        String body = json.writeValueAsString(Map.of("url", httpServer.url("/hooks/one-too-many"), "messageTypes", List.of("waitlist-offer")));

        subscriptions(HttpMethod.POST, "", body, admin, null).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/webhook-subscription-limit")
                .jsonPath("$.limit").isEqualTo(20)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("clinic.webhooks.max-subscriptions"));
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyGetsTheFirstAnswerWithoutASecondSubscription() {
        String body = json.writeValueAsString(Map.of("url", httpServer.url("/hooks/repeated"), "messageTypes",
                List.of("appointment-confirmation")));
        String key = "subscribe-" + booking.appointmentId();

        EntityExchangeResult<Map<String, Object>> first = createWithKey(body, key).expectStatus().isCreated()
                .returnResult(JSON_OBJECT);
        EntityExchangeResult<Map<String, Object>> repeat = createWithKey(body, key).expectStatus().isCreated()
                .returnResult(JSON_OBJECT);

        assertThat(repeat.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(repeat.getResponseBody().get("secret")).asString().startsWith("whsec_");
        assertThat(repeat.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(repeat.getResponseHeaders().getETag()).isEqualTo(first.getResponseHeaders().getETag()).isNotNull();
        assertThat(jdbc.sql("SELECT id FROM webhook_subscription").query(String.class).list())
                .containsExactly((String) first.getResponseBody().get("id"));
    }

    @Test
    void anIdempotencyKeyUsedForAnotherSubscriptionIsRefused() {
        String key = "subscribe-" + booking.appointmentId();
        createWithKey(json.writeValueAsString(Map.of("url", httpServer.url("/hooks/first"), "messageTypes",
                List.of("appointment-confirmation"))), key).expectStatus().isCreated();

        createWithKey(json.writeValueAsString(Map.of("url", httpServer.url("/hooks/second"), "messageTypes",
                List.of("appointment-confirmation"))), key).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/idempotency-key-reused");
        assertThat(jdbc.sql("SELECT url FROM webhook_subscription").query(String.class).list())
                .containsExactly(httpServer.url("/hooks/first"));
    }

    @Test
    void aCreationRefusedAtTheCapIsNotRememberedForItsIdempotencyKey() {
        for (int i = 0; i < 20; i++) {
            create("/hooks/full-" + i, List.of("waitlist-offer"));
        }
        String body = json.writeValueAsString(Map.of("url", httpServer.url("/hooks/later"), "messageTypes", List.of("waitlist-offer")));
        String key = "subscribe-" + booking.appointmentId();
        createWithKey(body, key).expectStatus().isEqualTo(409);

        jdbc.sql("DELETE FROM webhook_subscription WHERE url = :url").param("url", httpServer.url("/hooks/full-0")).update();

        createWithKey(body, key).expectStatus().isCreated().expectBody().jsonPath("$.url").isEqualTo(httpServer.url("/hooks/later"));
    }

    private RestTestClient.ResponseSpec createWithKey(String body, String idempotencyKey) {
        return http.post().uri(PATH).header("Authorization", admin).header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private void assertInvalid(String body, String field) {
        subscriptions(HttpMethod.POST, "", body, admin, null).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private Map<String, Object> create(String receiverPath, List<String> messageTypes) {
        String body = json.writeValueAsString(Map.of("url", httpServer.url(receiverPath), "messageTypes", messageTypes));
        return subscriptions(HttpMethod.POST, "", body, admin, null).expectStatus().isCreated()
                .expectHeader().exists("Location")
                .returnResult(JSON_OBJECT).getResponseBody();
    }

    private RestTestClient.ResponseSpec subscriptions(HttpMethod method, String suffix, String body, String token, String ifMatch) {
        RestTestClient.RequestBodySpec request = http.method(method).uri(PATH + suffix).header("Authorization", token);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (body != null) {
            return request.contentType(MediaType.APPLICATION_JSON).body(body).exchange();
        }
        return request.exchange();
    }
}
