package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.standin.StandInServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The per-address limit, kept in the gateway process (no Redis configured): it applies before any
 * token check, so a flood of requests without a valid token is cut off too, and never to health probes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinic.gateway.rate-limit.per-ip.capacity=4",
        "clinic.gateway.rate-limit.per-ip.refill-tokens=1",
        "clinic.gateway.rate-limit.per-ip.refill-period=10m",
        // No token reaches the issuer here; the settings only have to be present for the gateway to start.
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/dev-issuer",
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/dev-issuer/jwks.json",
        "clinic.security.audience=clinic-platform"})
class RateLimitPerAddressIT {

    private static final StandInServer DIRECTORY = StandInServer.start("therapist-service");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void serviceAddresses(DynamicPropertyRegistry registry) {
        registry.add("THERAPIST_SERVICE_URL", DIRECTORY::url);
    }

    @AfterAll
    static void stopDownstream() {
        DIRECTORY.close();
    }

    @Test
    void cutsOffABurstFromOneAddressEvenWithoutATokenButNeverHealthProbes() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                // The first answers of a fresh context can take seconds on a loaded build machine; 5 s is the default.
                .responseTimeout(Duration.ofSeconds(20)).build();
        for (int request = 0; request < 4; request++) {
            client.get().uri("/api/v1/locations").exchange().expectStatus().isUnauthorized();
        }

        client.get().uri("/api/v1/locations")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L))
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Too many requests")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("this address"));

        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        assertThat(DIRECTORY.received()).isEmpty();
    }
}
