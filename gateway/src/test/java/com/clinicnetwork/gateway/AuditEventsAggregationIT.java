package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.standin.StandInServer;
import com.clinicnetwork.testsupport.standin.StandInServer.Answer;
import com.clinicnetwork.testsupport.standin.StandInServer.Content;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The gateway's merged audit search in front of stand-ins for the two services that keep an audit trail:
 * the gateway's own controller answers the path (the booking route would otherwise take it), asks every
 * service with the caller's token, merges newest first, and refuses a partial answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinic.gateway.audit.timeout=1s",
        "clinic.gateway.audit.retry-after=7s"})
class AuditEventsAggregationIT {

    private static final StandInServer BOOKING = StandInServer.start("booking-service");
    private static final StandInServer NOTIFICATIONS = StandInServer.start("notification-service");
    private static final String PATH = "/api/v1/audit-events";

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void serviceAddresses(DynamicPropertyRegistry registry) {
        registry.add("BOOKING_SERVICE_URL", BOOKING::url);
        registry.add("NOTIFICATION_SERVICE_URL", NOTIFICATIONS::url);
        registry.add("THERAPIST_SERVICE_URL", StandInServer::unreachableUrl);
        TestTokens.trustTestIssuer(registry);
    }

    @BeforeEach
    void setUp() {
        BOOKING.clear();
        NOTIFICATIONS.clear();
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    static void stopDownstream() {
        BOOKING.close();
        NOTIFICATIONS.close();
    }

    @Test
    void mergesEveryServicesRecordsNewestFirstAndNamesTheService() {
        BOOKING.serve(PATH, page(3, event(12, "2026-03-02T10:00:00Z"), event(11, "2026-03-02T08:00:00Z"), event(10, "2026-03-01T09:00:00Z")));
        NOTIFICATIONS.serve(PATH, page(1, event(40, "2026-03-02T09:00:00Z")));
        String admin = admin();

        JsonNode merged = get(PATH + "?recordType=client&recordId=abc&size=3", admin);

        assertThat(merged.get("items").valueStream().map(item -> item.get("service").asString() + "#" + item.get("id").asLong()))
                .containsExactly("booking-service#12", "notification-service#40", "booking-service#11");
        assertThat(merged.get("totalItems").asLong()).isEqualTo(4);
        assertThat(merged.get("page").asInt()).isZero();
        assertThat(merged.get("size").asInt()).isEqualTo(3);
        for (StandInServer service : List.of(BOOKING, NOTIFICATIONS)) {
            assertThat(service.receivedAt(PATH)).singleElement().satisfies(request -> {
                assertThat(request.uri()).isEqualTo(PATH + "?recordType=client&recordId=abc&page=0&size=3");
                assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(admin);
                assertThat(request.header("X-Request-Id")).isNotBlank();
            });
        }
    }

    @Test
    void aLaterPageReadsTheNewestRecordsOfEveryServiceUpToItsEnd() {
        BOOKING.serve(PATH, page(3, event(12, "2026-03-02T10:00:00Z"), event(11, "2026-03-02T08:00:00Z"), event(10, "2026-03-01T09:00:00Z")));
        NOTIFICATIONS.serve(PATH, page(1, event(40, "2026-03-02T09:00:00Z")));

        JsonNode merged = client.get().uri(PATH + "?page=1&size=2&from={from}", "2026-03-01T00:00:00+01:00")
                .header(HttpHeaders.AUTHORIZATION, admin())
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(merged.get("items").valueStream().map(item -> item.get("service").asString() + "#" + item.get("id").asLong()))
                .containsExactly("booking-service#11", "booking-service#10");
        // Not routed: the service is asked for the first two pages' worth, the offset's '+' kept encoded.
        assertThat(BOOKING.receivedAt(PATH)).singleElement().extracting(StandInServer.Received::uri)
                .isEqualTo(PATH + "?from=2026-03-01T00%3A00%2B01%3A00&page=0&size=4");
    }

    @Test
    void refusesAPartialAnswerWhenAServiceDoesNotAnswerInTime() {
        BOOKING.serve(PATH, page(1, event(12, "2026-03-02T10:00:00Z")));
        NOTIFICATIONS.script(PATH, new Answer(200, Duration.ofSeconds(3)));

        client.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, admin())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7")
                .expectBody()
                .jsonPath("$.unavailableServices[0]").isEqualTo("notification-service")
                .jsonPath("$.unavailableServices.length()").isEqualTo(1)
                .jsonPath("$.items").doesNotExist();
    }

    @Test
    void refusesAPartialAnswerWhenAServiceFails() {
        BOOKING.serve(PATH, new Content(500, "application/problem+json", "{\"status\":500}"));
        NOTIFICATIONS.serve(PATH, page(1, event(40, "2026-03-02T09:00:00Z")));

        client.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, admin())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.unavailableServices[0]").isEqualTo("booking-service");
    }

    @Test
    void verifiesEveryServicesChainAndIsValidOnlyIfAllAre() {
        BOOKING.serve(PATH + "/verify", new Content(200, "application/json",
                "{\"valid\":true,\"checked\":5,\"firstBrokenId\":null,\"reason\":null}"));
        NOTIFICATIONS.serve(PATH + "/verify", new Content(200, "application/json",
                "{\"valid\":false,\"checked\":2,\"firstBrokenId\":9,\"reason\":\"record does not match its hash: it was changed\"}"));

        JsonNode result = get(PATH + "/verify", admin());

        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("services").valueStream().map(service -> service.get("service").asString() + " "
                + service.get("valid").asBoolean() + " " + service.get("firstBrokenId").toString()))
                .containsExactly("booking-service true null", "notification-service false 9");
    }

    @Test
    void onlyClinicAdminsAndNothingReachesAServiceOtherwise() {
        for (TokenClaims notAdmin : List.of(TokenClaims.operator("op-" + UUID.randomUUID()),
                TokenClaims.client("sam-" + UUID.randomUUID(), UUID.randomUUID()))) {
            for (String path : List.of(PATH, PATH + "/verify")) {
                client.get().uri(path).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(notAdmin))
                        .exchange()
                        .expectStatus().isForbidden()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        client.get().uri(PATH).exchange().expectStatus().isUnauthorized();
        assertThat(BOOKING.received()).isEmpty();
        assertThat(NOTIFICATIONS.received()).isEmpty();
    }

    @Test
    void rejectsMalformedFiltersBeforeAskingAnyService() {
        for (String query : List.of("recordType=Not%20A%20Type", "from=yesterday", "size=0", "size=201", "page=-1", "page=x",
                "from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "subject=" + "x".repeat(300), "page=50&size=200")) {
            client.get().uri(PATH + "?" + query).header(HttpHeaders.AUTHORIZATION, admin())
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(BOOKING.received()).isEmpty();
    }

    private JsonNode get(String uri, String token) {
        return client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static String admin() {
        return TestTokens.bearer(TokenClaims.clinicAdmin("admin-" + UUID.randomUUID()));
    }

    private static Content page(long totalItems, String... events) {
        return new Content(200, "application/json", "{\"items\":[" + String.join(",", events) + "],\"page\":0,\"size\":50,"
                + "\"totalItems\":" + totalItems + "}");
    }

    private static String event(long id, String occurredAt) {
        return "{\"id\":" + id + ",\"occurredAt\":\"" + occurredAt + "\",\"subject\":\"someone\",\"roles\":\"CLINIC_ADMIN\","
                + "\"method\":\"GET\",\"path\":\"/api/v1/clients/abc\",\"recordType\":\"client\",\"recordId\":\"abc\","
                + "\"clientIp\":\"127.0.0.1\",\"status\":200,\"requestId\":null}";
    }
}
