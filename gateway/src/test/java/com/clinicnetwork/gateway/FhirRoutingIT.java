package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.standin.StandInServer;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
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
 * booking-service's FHIR R4 export is reached at the gateway's {@code /fhir/r4}: with a valid token, path and query
 * unchanged, every method (booking-service answers all but GET with 405); without a token it never leaves the gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirRoutingIT {

    private static final StandInServer BOOKING = StandInServer.start("booking-service");

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void serviceAddresses(DynamicPropertyRegistry registry) {
        registry.add("BOOKING_SERVICE_URL", BOOKING::url);
        TestTokens.trustTestIssuer(registry);
    }

    @BeforeEach
    void setUp() {
        BOOKING.clear();
        // The first call fetches the test issuer's keys; on a busy build machine that takes longer than the default 5 s.
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    static void stopDownstream() {
        BOOKING.close();
    }

    @Test
    void theFhirApiIsRoutedToBookingServiceWithTheCallersToken() {
        String token = TestTokens.bearer(TokenClaims.clinicAdmin("fhir-routing-it"));

        client.get().uri("/fhir/r4/metadata").header(HttpHeaders.AUTHORIZATION, token)
                .accept(MediaType.parseMediaType("application/fhir+json"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("{\"from\":\"booking-service\"}");
        client.get().uri("/fhir/r4/Appointment?date=ge2026-03-02&_count=5").header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isOk();
        client.post().uri("/fhir/r4/Appointment").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.parseMediaType("application/fhir+json")).bodyValue("{\"resourceType\":\"Appointment\"}")
                .exchange()
                .expectStatus().isOk();

        assertThat(BOOKING.received()).extracting(request -> request.method() + " " + request.uri())
                .containsExactly("GET /fhir/r4/metadata", "GET /fhir/r4/Appointment?date=ge2026-03-02&_count=5",
                        "POST /fhir/r4/Appointment");
        assertThat(BOOKING.received()).allSatisfy(request -> assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(token));
    }

    @Test
    void withoutATokenTheFhirApiIsRefusedAtTheGateway() {
        client.get().uri("/fhir/r4/metadata")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");

        assertThat(BOOKING.received()).isEmpty();
    }
}
