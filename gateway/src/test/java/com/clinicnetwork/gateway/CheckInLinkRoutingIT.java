package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.standin.StandInServer;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The aftercare check-in links reach booking-service without a token (the signed link is the credential, which
 * booking-service checks), only they, and only by GET and POST; they stay limited per address like everything else,
 * and their tokens stay out of the gateway's metrics and traces.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinic.gateway.rate-limit.per-ip.capacity=6",
        "clinic.gateway.rate-limit.per-ip.refill-tokens=1",
        "clinic.gateway.rate-limit.per-ip.refill-period=10m"})
class CheckInLinkRoutingIT {

    private static final StandInServer BOOKING = StandInServer.start("booking-service");
    private static final String LINK = "/api/v1/aftercare-check-in-links/5_ipsMHSTj-ktcbX6PmgBAAAAABpR8Ug.qogB3PAuX3gMRle2AxCLW0uehFl99cz7wMKZDJsTW6Q";

    @LocalServerPort
    int port;

    @Autowired
    ObservationRegistry observations;

    @DynamicPropertySource
    static void serviceAddresses(DynamicPropertyRegistry registry) {
        registry.add("BOOKING_SERVICE_URL", BOOKING::url);
        TestTokens.trustTestIssuer(registry);
    }

    @AfterAll
    static void stopDownstream() {
        BOOKING.close();
    }

    @Test
    void theLinksReachBookingServiceWithoutATokenEverythingElseNeedsOneAndAllAreLimitedPerAddress() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                // The first answers of a fresh context can take seconds on a loaded build machine; 5 s is the default.
                .responseTimeout(Duration.ofSeconds(20)).build();

        client.get().uri(LINK).exchange().expectStatus().isOk();
        client.post().uri(LINK).contentType(MediaType.APPLICATION_JSON).bodyValue("{\"score\":4}").exchange()
                .expectStatus().isOk();
        assertThat(BOOKING.received()).extracting(request -> request.method() + " " + request.uri())
                .containsExactly("GET " + LINK, "POST " + LINK);
        assertThat(BOOKING.received()).allSatisfy(request -> assertThat(request.header(HttpHeaders.AUTHORIZATION)).isNull());

        // Only the links themselves are open: not the answers, not deeper paths, not other methods.
        client.get().uri("/api/v1/aftercare-check-ins?clientId=" + UUID.randomUUID()).exchange().expectStatus().isUnauthorized();
        client.get().uri(LINK + "/more").exchange().expectStatus().isUnauthorized();
        client.put().uri(LINK).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isUnauthorized();
        assertThat(BOOKING.received()).hasSize(2);
        client.get().uri("/api/v1/aftercare-check-ins?clientId=" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TokenClaims.clinicAdmin("check-in-routing-it")))
                .exchange().expectStatus().isOk();
        assertThat(BOOKING.received()).last().satisfies(request -> assertThat(request.uri()).startsWith("/api/v1/aftercare-check-ins?"));

        // Six requests from this address so far: the bucket is empty, for the links too.
        client.get().uri(LINK).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        client.post().uri(LINK).contentType(MediaType.APPLICATION_JSON).bodyValue("{\"score\":4}").exchange()
                .expectStatus().isEqualTo(429);
        assertThat(BOOKING.received()).hasSize(3);
    }

    @Test
    void noObservationOfTheGatewayKeepsALinksToken() {
        Observation request = Observation.createNotStarted("http.server.requests", observations)
                .highCardinalityKeyValue("http.url", "http://127.0.0.1:" + port + LINK)
                .lowCardinalityKeyValue("route.uri", LINK);

        request.start().stop();

        assertThat(request.getContext().getHighCardinalityKeyValue("http.url").getValue())
                .isEqualTo("http://127.0.0.1:" + port + "/api/v1/aftercare-check-in-links/{token}");
        assertThat(request.getContext().getLowCardinalityKeyValue("route.uri").getValue())
                .isEqualTo("/api/v1/aftercare-check-in-links/{token}");
    }
}
