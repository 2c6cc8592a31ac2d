package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.standin.StandInServer;
import com.clinicnetwork.testsupport.standin.StandInServer.Content;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.time.Instant;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway assembles a client's export from stand-ins of booking-service and notification-service, which
 * record what reached them: all parts or a problem, never a partial document, and nothing asked of a service for
 * a caller who may not export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinic.gateway.rate-limit.per-ip.capacity=100000",
        "clinic.gateway.resilience.timeout=2s"})
class ClientExportIT {

    private static final StandInServer BOOKING = StandInServer.start("booking-service");
    private static final StandInServer NOTIFICATIONS = StandInServer.start("notification-service");
    private static final StandInServer DIRECTORY = StandInServer.start("therapist-service");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    WebTestClient client;
    UUID clientId;

    @DynamicPropertySource
    static void serviceAddresses(DynamicPropertyRegistry registry) {
        registry.add("THERAPIST_SERVICE_URL", DIRECTORY::url);
        registry.add("BOOKING_SERVICE_URL", BOOKING::url);
        registry.add("NOTIFICATION_SERVICE_URL", NOTIFICATIONS::url);
        TestTokens.trustTestIssuer(registry);
    }

    @BeforeEach
    void setUp() {
        BOOKING.clear();
        NOTIFICATIONS.clear();
        DIRECTORY.clear();
        clientId = UUID.randomUUID();
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    static void stopDownstream() {
        BOOKING.close();
        NOTIFICATIONS.close();
        DIRECTORY.close();
    }

    @Test
    void theClientGetsEveryServicesPartAsOneJsonAttachmentEachAskedWithTheirToken() {
        servesParts();
        String token = TestTokens.bearer(TokenClaims.client("export-" + clientId, clientId));
        Instant before = Instant.now();

        var answer = client.get().uri(exportPath()).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"client-" + clientId + "-export.json\"")
                .expectBody().returnResult();
        byte[] body = answer.getResponseBody();
        String traceId = answer.getResponseHeaders().getFirst("traceparent").split("-")[1];

        JsonNode document = JSON.readTree(body);
        assertThat(document.get("clientId").asString()).isEqualTo(clientId.toString());
        assertThat(Instant.parse(document.get("generatedAt").asString())).isBetween(before, Instant.now());
        assertThat(document.at("/services/booking-service/client/firstName").asString()).isEqualTo("Sam");
        assertThat(document.at("/services/notification-service/notifications/0/template").asString())
                .isEqualTo("appointment-confirmation");
        assertThat(document.at("/services/therapist-service/holdsClientData").isBoolean()).isTrue();
        assertThat(document.at("/services/therapist-service/holdsClientData").asBoolean()).isFalse();
        for (StandInServer service : List.of(BOOKING, NOTIFICATIONS)) {
            assertThat(service.received()).singleElement().satisfies(request -> {
                assertThat(request.uri()).isEqualTo(exportPath());
                assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(token);
                // Each part is asked within the export's trace.
                assertThat(request.header("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01");
            });
        }
        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void aSelfRegisteredClientWithoutClientIdIsLeftToTheServicesWhichKnowTheirProfile() {
        String token = TestTokens.bearer(TokenClaims.selfRegisteredClient("export-self-" + clientId));
        servesParts();

        client.get().uri(exportPath()).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.services.booking-service.client.id").isEqualTo(clientId.toString());
        for (StandInServer service : List.of(BOOKING, NOTIFICATIONS)) {
            assertThat(service.received()).singleElement()
                    .satisfies(request -> assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(token));
        }

        // Someone else's profile: the services do not link the person to it, and say so.
        BOOKING.serve(exportPath(), new Content(404, "application/problem+json", "{\"status\":404}"));
        NOTIFICATIONS.serve(exportPath(), new Content(404, "application/problem+json", "{\"status\":404}"));
        client.get().uri(exportPath()).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aClinicAdminExportsAnyClient() {
        servesParts();

        client.get().uri(exportPath()).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TokenClaims.clinicAdmin("export-admin")))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.services.booking-service.client.id").isEqualTo(clientId.toString());
    }

    @Test
    void everyoneElseIsToldTheClientDoesNotExistAndNoServiceIsAsked() {
        servesParts();
        UUID location = UUID.randomUUID();
        List<TokenClaims> outsiders = List.of(TokenClaims.client("export-other", UUID.randomUUID()),
                TokenClaims.frontDesk("export-desk", List.of(location)),
                TokenClaims.therapist("export-therapist", UUID.randomUUID(), List.of(location)),
                TokenClaims.operator("export-operator"));

        for (TokenClaims outsider : outsiders) {
            client.get().uri(exportPath()).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(outsider)).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/not-found");
        }
        client.get().uri(exportPath()).exchange().expectStatus().isUnauthorized();

        assertThat(BOOKING.received()).isEmpty();
        assertThat(NOTIFICATIONS.received()).isEmpty();
    }

    @Test
    void aFailingServiceMakesTheWholeExportA503ProblemNotAPartialDocument() {
        BOOKING.serve(exportPath(), new Content(200, "application/json", bookingPart()));
        NOTIFICATIONS.serve(exportPath(), new Content(500, "application/problem+json", "{\"status\":500}"));

        String body = client.get().uri(exportPath()).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TokenClaims.clinicAdmin("a")))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_DISPOSITION)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(JSON.readTree(body).get("detail").asString()).contains("notification-service");
        assertThat(body).doesNotContain("Sam");
    }

    @Test
    void aServiceAnsweringWithSomethingOtherThanItsPartIsAFailureToo() {
        BOOKING.serve(exportPath(), new Content(200, "text/html", "<html>maintenance</html>"));
        NOTIFICATIONS.serve(exportPath(), new Content(200, "application/json", notificationPart()));

        client.get().uri(exportPath()).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TokenClaims.clinicAdmin("a")))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("booking-service"));
    }

    @Test
    void aClientUnknownToBookingServiceIsNotFound() {
        BOOKING.serve(exportPath(), new Content(404, "application/problem+json", "{\"status\":404}"));
        NOTIFICATIONS.serve(exportPath(), new Content(200, "application/json", notificationPart()));

        client.get().uri(exportPath()).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TokenClaims.clinicAdmin("a")))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String exportPath() {
        return "/api/v1/clients/" + clientId + "/export";
    }

    private void servesParts() {
        BOOKING.serve(exportPath(), new Content(200, "application/json", bookingPart()));
        NOTIFICATIONS.serve(exportPath(), new Content(200, "application/json", notificationPart()));
    }

    private String bookingPart() {
        return "{\"client\":{\"id\":\"" + clientId + "\",\"firstName\":\"Sam\"},\"appointments\":[]}";
    }

    private static String notificationPart() {
        return "{\"notifications\":[{\"channel\":\"EMAIL\",\"template\":\"appointment-confirmation\",\"status\":\"SENT\"}]}";
    }
}
