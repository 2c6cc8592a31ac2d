package com.clinicnetwork.therapist;

import static com.clinicnetwork.therapist.DirectoryApi.ADMIN;
import static com.clinicnetwork.therapist.DirectoryApi.block;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.tokens.DevTokenIssuer;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Reads need any valid token, writes a clinic admin's; failures are 401/403 problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class DirectorySecurityIT {

    private static final String CLIENT = TestTokens.bearer(TokenClaims.client("sam", UUID.randomUUID()));

    @Autowired
    RestTestClient http;

    DirectoryApi api;

    @BeforeEach
    void setUp() {
        api = new DirectoryApi(http);
    }

    @Test
    void withoutATokenEverythingButHealthIs401() {
        JsonNode problem = DirectoryApi.body(http.get().uri("/api/v1/therapists").exchange(), HttpStatus.UNAUTHORIZED);
        assertThat(problem.get("type").asString()).endsWith("/unauthenticated");
        http.post().uri("/api/v1/locations").contentType(MediaType.APPLICATION_JSON)
                .body(DirectoryApi.location("Anonymous Clinic", "Europe/London")).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void anExpiredTokenOrOneFromAnotherIssuerIs401() {
        String expired = "Bearer " + TestTokens.issuer().mint(TokenClaims.clinicAdmin("admin"), Instant.now().minusSeconds(600));
        DirectoryApi.body(api.get("/api/v1/locations", expired), HttpStatus.UNAUTHORIZED);

        try (DevTokenIssuer stranger = DevTokenIssuer.start(0, DevTokenIssuer.newKey(), Duration.ofMinutes(5))) {
            String forged = "Bearer " + stranger.mint(TokenClaims.clinicAdmin("admin"));
            DirectoryApi.body(api.post("/api/v1/locations", DirectoryApi.location("Forged Clinic", "Europe/London"), forged),
                    HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void clientsTherapistsAndFrontDeskReadButDoNotChangeTheDirectory() {
        UUID location = api.createLocation("Security Clinic", "Europe/London");
        UUID therapist = api.createTherapist("Guarded Therapist", List.of("PRENATAL"), List.of(location), List.of());
        String ownTherapist = TestTokens.bearer(TokenClaims.therapist("maya", therapist, List.of(location)));
        String frontDesk = TestTokens.bearer(TokenClaims.frontDesk("desk", List.of(location)));

        JsonNode forbidden = DirectoryApi.body(api.post("/api/v1/locations",
                DirectoryApi.location("Client Clinic", "Europe/London"), CLIENT), HttpStatus.FORBIDDEN);
        assertThat(forbidden.get("type").asString()).endsWith("/forbidden");
        DirectoryApi.body(api.post("/api/v1/treatments", DirectoryApi.treatment("Desk massage", "PRENATAL"), frontDesk),
                HttpStatus.FORBIDDEN);
        DirectoryApi.body(api.post("/api/v1/therapists", DirectoryApi.therapist("Self Made", List.of("PRENATAL"),
                List.of(location), List.of()), ownTherapist), HttpStatus.FORBIDDEN);
        DirectoryApi.body(api.put("/api/v1/therapists/" + therapist + "/working-hours",
                Map.of("workingHours", List.of(block(location, "MONDAY", "09:00", "17:00"))), ownTherapist), HttpStatus.FORBIDDEN);

        assertThat(api.getOk("/api/v1/therapists/" + therapist).get("workingHours").size()).isZero();
        for (String token : List.of(CLIENT, ownTherapist, frontDesk, ADMIN)) {
            api.get("/api/v1/therapists/" + therapist, token).expectStatus().isOk();
            api.get("/api/v1/locations", token).expectStatus().isOk();
            api.get("/api/v1/treatments", token).expectStatus().isOk();
        }
    }
}
