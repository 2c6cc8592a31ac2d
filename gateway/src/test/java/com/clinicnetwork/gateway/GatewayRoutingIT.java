package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.tokens.DevTokenIssuer;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * The gateway in front of a downstream HTTP server that records what reaches it, so routing, token
 * checks and error answers are observable from both sides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final HttpServer DIRECTORY_SERVICE = startRecordingServer();
    private static final int UNREACHABLE_PORT = unusedPort();

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void serviceAddresses(DynamicPropertyRegistry registry) {
        registry.add("THERAPIST_SERVICE_URL", () -> "http://127.0.0.1:" + DIRECTORY_SERVICE.getAddress().getPort());
        registry.add("BOOKING_SERVICE_URL", () -> "http://127.0.0.1:" + UNREACHABLE_PORT);
        registry.add("NOTIFICATION_SERVICE_URL", () -> "http://127.0.0.1:" + UNREACHABLE_PORT);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestTokens.issuer().jwkSetUri());
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.issuer().issuer());
    }

    @BeforeEach
    void setUp() {
        RECEIVED.clear();
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @AfterAll
    static void stopDownstream() {
        DIRECTORY_SERVICE.stop(0);
    }

    @Test
    void routesAnAuthenticatedDirectoryRequestWithItsTokenToTherapistService() {
        String token = TestTokens.bearer(TokenClaims.client("gateway-it", UUID.randomUUID()));

        client.get().uri("/api/v1/therapists?specialty=SPORTS_MASSAGE")
                .header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("{\"from\":\"therapist-service\"}");

        assertThat(RECEIVED).containsExactly("GET /api/v1/therapists?specialty=SPORTS_MASSAGE " + token);
    }

    @Test
    void rejectsAnApiRequestWithoutATokenBeforeItReachesAService() {
        client.get().uri("/api/v1/therapists")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Authentication required");

        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void rejectsAnExpiredToken() {
        String expired = TestTokens.issuer().mint(TokenClaims.clinicAdmin("gateway-it"), Instant.now().minusSeconds(120));

        client.get().uri("/api/v1/locations")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + expired)
                .exchange()
                .expectStatus().isUnauthorized();

        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void rejectsATokenSignedByAnotherKey() {
        String forged;
        try (DevTokenIssuer forger = DevTokenIssuer.start(0, DevTokenIssuer.newKey(), Map.of(), Duration.ofMinutes(5))) {
            forged = forger.mint(TokenClaims.clinicAdmin("forger"));
        }

        client.get().uri("/api/v1/locations")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
                .exchange()
                .expectStatus().isUnauthorized();

        assertThat(RECEIVED).isEmpty();
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
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TokenClaims.clinicAdmin("gateway-it")))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void reportsItselfReadyWithoutAToken() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private static HttpServer startRecordingServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                RECEIVED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + exchange.getRequestHeaders().getFirst(HttpHeaders.AUTHORIZATION));
                byte[] body = "{\"from\":\"therapist-service\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
