package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.apidocs.ApiBaseline;
import com.clinicnetwork.testsupport.apidocs.ApiDocuments;
import com.clinicnetwork.testsupport.standin.StandInServer;
import com.clinicnetwork.testsupport.standin.StandInServer.Answer;
import com.clinicnetwork.testsupport.tokens.DevTokenIssuer;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
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

/**
 * The real gateway in front of stand-ins for the services that record what reaches them, so routing,
 * token checks, resilience, limits, CORS and headers are observable from both sides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinic.gateway.cors.allowed-origins=https://app.clinic.example,http://localhost:5173",
        "clinic.gateway.request-body.max-size=1KB",
        "clinic.gateway.rate-limit.per-user.capacity=5",
        "clinic.gateway.rate-limit.per-user.refill-tokens=1",
        "clinic.gateway.rate-limit.per-user.refill-period=10m",
        "clinic.gateway.rate-limit.per-ip.capacity=100000",
        "clinic.gateway.resilience.timeout=2s",
        "clinic.gateway.resilience.sliding-window-size=2",
        "clinic.gateway.resilience.minimum-number-of-calls=2",
        "clinic.gateway.resilience.open-state-wait=60s"})
class GatewayRoutingIT {

    private static final StandInServer DIRECTORY = StandInServer.start("therapist-service");
    private static final StandInServer NOTIFICATIONS = StandInServer.start("notification-service");
    private static final String DOWN = StandInServer.unreachableUrl();

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void serviceAddresses(DynamicPropertyRegistry registry) {
        registry.add("THERAPIST_SERVICE_URL", DIRECTORY::url);
        registry.add("BOOKING_SERVICE_URL", () -> DOWN);
        registry.add("NOTIFICATION_SERVICE_URL", NOTIFICATIONS::url);
        TestTokens.trustTestIssuer(registry);
    }

    @BeforeEach
    void setUp() {
        DIRECTORY.clear();
        NOTIFICATIONS.clear();
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    static void stopDownstream() {
        DIRECTORY.close();
        NOTIFICATIONS.close();
    }

    /** Each test its own user, so the per-user rate limit of one test never touches another. */
    private static String freshToken() {
        return TestTokens.bearer(TokenClaims.client("gateway-it-" + UUID.randomUUID(), UUID.randomUUID()));
    }

    @Test
    void routesAnAuthenticatedDirectoryRequestWithItsTokenToTherapistService() {
        String token = freshToken();

        client.get().uri("/api/v1/therapists?specialty=SPORTS_MASSAGE")
                .header(HttpHeaders.AUTHORIZATION, token)
                .header("X-Forwarded-For", "203.0.113.9")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("{\"from\":\"therapist-service\"}");

        assertThat(DIRECTORY.received()).singleElement().satisfies(request -> {
            assertThat(request.method() + " " + request.uri()).isEqualTo("GET /api/v1/therapists?specialty=SPORTS_MASSAGE");
            assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(token);
            // What the caller claimed is replaced by the address the gateway saw.
            assertThat(request.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
            assertThat(request.header("X-Forwarded-Proto")).isEqualTo("http");
        });
    }

    @Test
    void routesBookingPoliciesToBookingServiceAlthoughTheyLiveUnderLocations() {
        client.get().uri("/api/v1/locations/" + UUID.randomUUID() + "/booking-policy")
                .header(HttpHeaders.AUTHORIZATION, freshToken())
                .exchange()
                .expectStatus().isEqualTo(503);

        // The directory stand-in would have answered 200: the request went to (unreachable) booking-service.
        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void routesReportsToBookingService() {
        client.get().uri("/api/v1/reports/outcomes?from=2026-11-01T00:00:00Z")
                .header(HttpHeaders.AUTHORIZATION, freshToken())
                .exchange()
                .expectStatus().isEqualTo(503);

        // Neither stand-in answered: the request went to (unreachable) booking-service.
        assertThat(DIRECTORY.received()).isEmpty();
        assertThat(NOTIFICATIONS.received()).isEmpty();
    }

    @Test
    void rejectsAnApiRequestWithoutATokenBeforeItReachesAService() {
        client.get().uri("/api/v1/therapists")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.title").isEqualTo("Authentication required");

        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void rejectsAnExpiredToken() {
        String expired = TestTokens.issuer().mint(TokenClaims.clinicAdmin("gateway-it"), Instant.now().minusSeconds(120));

        client.get().uri("/api/v1/locations")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + expired)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void rejectsATokenSignedByAnotherKey() {
        String forged;
        try (DevTokenIssuer forger = DevTokenIssuer.start(0, DevTokenIssuer.newKey(), Duration.ofMinutes(5))) {
            forged = forger.mint(TokenClaims.clinicAdmin("forger"));
        }

        client.get().uri("/api/v1/locations")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void rejectsATokenMeantForAnotherAudienceOrForNoneAndAcceptsThePlatformsOwn() {
        TokenClaims admin = TokenClaims.clinicAdmin("gateway-it-audience-" + UUID.randomUUID());
        for (TokenClaims notForUs : List.of(admin.withAudiences("another-platform"), admin.withAudiences())) {
            client.get().uri("/api/v1/locations")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(notForUs))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(DIRECTORY.received()).isEmpty();

        client.get().uri("/api/v1/locations")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(admin.withAudiences("account", DevTokenIssuer.PLATFORM_AUDIENCE)))
                .exchange()
                .expectStatus().isOk();
        assertThat(DIRECTORY.received()).hasSize(1);
    }

    @Test
    void answersAnUnknownPathWithANotFoundProblem() {
        client.get().uri("/no/such/path")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void answersServiceUnavailableProblemWhenTheOwningServiceIsDown() {
        client.get().uri("/api/v1/appointments/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, freshToken())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void opensTheCircuitOfAFailingServiceAndThenAnswersAtOnceWithWhenToRetry() {
        String token = freshToken();
        // The window is two calls: within three failures the circuit is open, whatever ran before.
        List<String> retryAfter = new ArrayList<>();
        for (int call = 0; call < 3 && !retryAfter.contains("60"); call++) {
            client.get().uri("/api/v1/appointments").header(HttpHeaders.AUTHORIZATION, token)
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter::add);
        }
        assertThat(retryAfter).last().isEqualTo("60");

        client.post().uri("/api/v1/appointments")
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "60")
                .expectBody().jsonPath("$.title").isEqualTo("Service unavailable");
    }

    @Test
    void answersGatewayTimeoutProblemWhenAServiceIsTooSlow() {
        NOTIFICATIONS.script("/api/v1/notifications", new Answer(200, Duration.ofSeconds(4)));

        client.get().uri("/api/v1/notifications")
                .header(HttpHeaders.AUTHORIZATION, freshToken())
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Service timeout");
    }

    @Test
    void retriesAReadThatHitATransientFailure() {
        String path = "/api/v1/locations/" + UUID.randomUUID();
        DIRECTORY.script(path, new Answer(503, Duration.ZERO));

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, freshToken())
                .exchange()
                .expectStatus().isOk();

        assertThat(DIRECTORY.receivedAt(path)).hasSize(2);
    }

    @Test
    void neverRepeatsAPostEvenWhenTheServiceFailed() {
        String path = "/api/v1/therapists/" + UUID.randomUUID() + "/time-off";
        DIRECTORY.script(path, new Answer(503, Duration.ZERO));

        client.post().uri(path).header(HttpHeaders.AUTHORIZATION, freshToken())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503);

        assertThat(DIRECTORY.receivedAt(path)).hasSize(1);
    }

    @Test
    void limitsEachUserToABurstAndSaysWhenToRetry() {
        String token = freshToken();
        for (int request = 0; request < 5; request++) {
            client.get().uri("/api/v1/treatments").header(HttpHeaders.AUTHORIZATION, token)
                    .exchange().expectStatus().isOk();
        }

        client.get().uri("/api/v1/treatments").header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 600L))
                .expectBody().jsonPath("$.title").isEqualTo("Too many requests");

        assertThat(DIRECTORY.received()).hasSize(5);
        client.get().uri("/api/v1/treatments").header(HttpHeaders.AUTHORIZATION, freshToken())
                .exchange().expectStatus().isOk();
    }

    @Test
    void rejectsADeclaredOversizeBodyBeforeItReachesAService() {
        client.post().uri("/api/v1/therapists")
                .header(HttpHeaders.AUTHORIZATION, freshToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"bio\":\"" + "x".repeat(2000) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Request body too large");

        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void rejectsAStreamedOversizeBodyBeforeItReachesAService() throws Exception {
        byte[] body = ("{\"bio\":\"" + "x".repeat(4000) + "\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/therapists"))
                .header(HttpHeaders.AUTHORIZATION, freshToken())
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                // No Content-Length: the body is sent in chunks, so only counting can catch it.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void allowsAPreflightFromAConfiguredFrontEndWithoutAToken() {
        client.options().uri("/api/v1/appointments")
                .header(HttpHeaders.ORIGIN, "https://app.clinic.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://app.clinic.example")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"))
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);

        client.get().uri("/api/v1/locations")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.AUTHORIZATION, freshToken())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valuesMatch(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed).contains("X-Request-Id"));
    }

    @Test
    void rejectsAPreflightAndARequestFromAnOriginThatIsNotConfigured() {
        client.options().uri("/api/v1/appointments")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        client.get().uri("/api/v1/locations")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.AUTHORIZATION, freshToken())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        assertThat(DIRECTORY.received()).isEmpty();
    }

    @Test
    void returnsARequestIdAndContinuesTheCallersTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        var result = client.get().uri("/api/v1/locations")
                .header(HttpHeaders.AUTHORIZATION, freshToken())
                .header("X-Request-Id", "mobile-app-7f3c2a91")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "mobile-app-7f3c2a91")
                .expectHeader().valueMatches("traceparent", "00-" + traceId + "-[0-9a-f]{16}-01")
                .returnResult(String.class);

        // The response names the gateway's span, the service gets the routed call's span within it (GatewayTracingIT).
        assertThat(DIRECTORY.received()).singleElement().satisfies(request -> {
            assertThat(request.header("X-Request-Id")).isEqualTo("mobile-app-7f3c2a91");
            assertThat(request.header("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01")
                    .isNotEqualTo(result.getResponseHeaders().getFirst("traceparent"))
                    .doesNotContain("00f067aa0ba902b7");
        });
    }

    @Test
    void givesEveryAnswerARequestIdAndATraceEvenRejectionsAndMalformedInput() {
        client.get().uri("/api/v1/locations")
                .header("X-Request-Id", "<script>alert(1)</script> forged log line")
                .header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches("X-Request-Id", "[0-9a-f-]{36}")
                .expectHeader().valueMatches("traceparent", "00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                .expectHeader().value("traceparent", trace -> assertThat(trace).doesNotContain("0".repeat(32)));
    }

    @Test
    void setsSecurityHeadersAndHidesTheServerBannerOnServiceAnswersAndErrors() {
        client.get().uri("/api/v1/locations").header(HttpHeaders.AUTHORIZATION, freshToken())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Content-Security-Policy", "frame-ancestors 'none'")
                .expectHeader().doesNotExist(HttpHeaders.SERVER)
                .expectHeader().doesNotExist("Strict-Transport-Security");

        client.get().uri("/no/such/path")
                .header("X-Forwarded-Proto", "https")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .expectHeader().doesNotExist(HttpHeaders.SERVER);
    }

    @Test
    void deniesDirectCallsToTheCircuitBreakerFallback() {
        client.get().uri("/fallback/booking-service")
                .exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/fallback/booking-service")
                .header(HttpHeaders.AUTHORIZATION, freshToken())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aggregatedApiDocsListEveryService() {
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].url").value(urls -> assertThat(urls).asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactlyInAnyOrder("/api-docs/therapist-service", "/api-docs/booking-service",
                                "/api-docs/notification-service", "/api-docs/ops-console", "/v3/api-docs"));

        client.get().uri("/api-docs/therapist-service")
                .exchange()
                .expectStatus().isOk();
        assertThat(DIRECTORY.received()).singleElement()
                .satisfies(request -> assertThat(request.uri()).isEqualTo("/v3/api-docs"));
    }

    @Test
    void reportsItselfReadyWithoutAToken() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void theGatewaysOwnApiDocumentFollowsThePlatformsRulesAndIsRecordedAgainstItsBaseline() {
        String document = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(ApiDocuments.platformShapeViolations(document, "http://127.0.0.1:8080")).isEmpty();
        assertThat(document).contains("\"exportClientData\"", "\"searchAuditEvents\"")
                // The operator console's API is ops-console's own document, shown beside the services'.
                .doesNotContain("\"getOperationsStatus\"")
                .doesNotContain("/fallback/");

        ApiBaseline.record("gateway", document);
    }
}
