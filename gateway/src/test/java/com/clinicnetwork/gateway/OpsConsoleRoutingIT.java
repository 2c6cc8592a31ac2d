package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.standin.StandInServer;
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

/**
 * The operator console stays at its public paths: the gateway routes {@code /ops/**} to ops-console (a stand-in
 * here), the page open to anyone, its API only with an operator's token, refused at the gateway otherwise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpsConsoleRoutingIT {

    private static final StandInServer CONSOLE = StandInServer.start("ops-console");

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void consoleAddress(DynamicPropertyRegistry registry) {
        registry.add("OPS_CONSOLE_URL", CONSOLE::url);
        TestTokens.trustTestIssuer(registry);
    }

    @BeforeEach
    void setUp() {
        CONSOLE.clear();
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    static void stopConsole() {
        CONSOLE.close();
    }

    private static String operator() {
        return TestTokens.bearer(TokenClaims.operator("ops-routing-it-" + UUID.randomUUID()));
    }

    @Test
    void thePageIsServedByOpsConsoleAtItsUsualPathsWithoutAToken() {
        for (String path : List.of("/ops", "/ops/", "/ops/index.html", "/ops/console.js", "/ops/console.css")) {
            client.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("{\"from\":\"ops-console\"}");
        }
        assertThat(CONSOLE.received()).extracting(request -> request.method() + " " + request.uri())
                .containsExactly("GET /ops", "GET /ops/", "GET /ops/index.html", "GET /ops/console.js", "GET /ops/console.css");
        assertThat(CONSOLE.received()).allSatisfy(request -> assertThat(request.header(HttpHeaders.AUTHORIZATION)).isNull());
    }

    @Test
    void theApiReachesOpsConsoleWithTheOperatorsTokenAndTheRequestsTrace() {
        String token = operator();

        client.get().uri("/ops/status").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectHeader().valueMatches("traceparent", "00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        client.post().uri("/ops/dead-letters/clinic.appointments.v1.DLT/0/7/replay").header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isOk();

        assertThat(CONSOLE.received()).extracting(request -> request.method() + " " + request.uri())
                .containsExactly("GET /ops/status", "POST /ops/dead-letters/clinic.appointments.v1.DLT/0/7/replay");
        assertThat(CONSOLE.received()).allSatisfy(request -> {
            assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(token);
            assertThat(request.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        });
    }

    @Test
    void theApiIsRefusedAtTheGatewayWithoutAnOperatorsToken() {
        client.get().uri("/ops/status").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        for (TokenClaims notOperator : List.of(TokenClaims.client("sam", UUID.randomUUID()), TokenClaims.clinicAdmin("admin"))) {
            client.get().uri("/ops/dead-letters").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(notOperator)).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            client.post().uri("/ops/dead-letters/replay-all").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(notOperator))
                    .exchange()
                    .expectStatus().isForbidden();
        }
        assertThat(CONSOLE.received()).isEmpty();
    }

    @Test
    void itsApiDocumentIsInTheSwaggerUiBesideTheServices() {
        client.get().uri("/api-docs/ops-console").exchange().expectStatus().isOk();

        assertThat(CONSOLE.received()).singleElement().satisfies(request -> assertThat(request.uri()).isEqualTo("/v3/api-docs"));
    }
}
