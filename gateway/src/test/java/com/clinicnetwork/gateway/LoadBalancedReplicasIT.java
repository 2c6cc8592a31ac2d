package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.standin.StandInServer;
import com.clinicnetwork.testsupport.standin.StandInServer.Content;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
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
 * Replicas of booking-service behind {@code lb://booking-service} with a static instance list, as the local run starts
 * them: the gateway's routes and its own calls (the merged audit trail) spread over the two that run, and the one that
 * is down costs nothing: it refuses the connection, so reads and bookings alike go on to the next replica.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBalancedReplicasIT {

    private static final StandInServer FIRST = StandInServer.start("booking-service-1");
    private static final StandInServer SECOND = StandInServer.start("booking-service-2");
    private static final StandInServer NOTIFICATIONS = StandInServer.start("notification-service");
    /** A third replica that is down (killed, or not started yet): nothing listens at its address. */
    private static final String DOWN = StandInServer.unreachableUrl();
    private static final String AUDIT = "/api/v1/audit-events";

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void serviceAddresses(DynamicPropertyRegistry registry) {
        registry.add("BOOKING_SERVICE_URL", () -> "lb://booking-service");
        registry.add("spring.cloud.discovery.client.simple.instances.booking-service[0].uri", FIRST::url);
        registry.add("spring.cloud.discovery.client.simple.instances.booking-service[1].uri", SECOND::url);
        registry.add("spring.cloud.discovery.client.simple.instances.booking-service[2].uri", () -> DOWN);
        registry.add("NOTIFICATION_SERVICE_URL", NOTIFICATIONS::url);
        registry.add("THERAPIST_SERVICE_URL", StandInServer::unreachableUrl);
        TestTokens.trustTestIssuer(registry);
    }

    @BeforeEach
    void setUp() {
        FIRST.clear();
        SECOND.clear();
        NOTIFICATIONS.clear();
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    static void stopDownstream() {
        FIRST.close();
        SECOND.close();
        NOTIFICATIONS.close();
    }

    @Test
    void routedRequestsAndTheGatewaysOwnCallsAreSpreadOverTheReplicasThatRun() {
        String token = TestTokens.bearer(TokenClaims.clinicAdmin("lb-it-" + UUID.randomUUID()));
        Content emptyPage = new Content(200, "application/json", "{\"items\":[],\"page\":0,\"size\":50,\"totalItems\":0}");
        FIRST.serve(AUDIT, emptyPage);
        SECOND.serve(AUDIT, emptyPage);
        NOTIFICATIONS.serve(AUDIT, emptyPage);

        List<String> answeredBy = IntStream.range(0, 6)
                .mapToObj(i -> client.get().uri("/api/v1/appointments?page=" + i).header(HttpHeaders.AUTHORIZATION, token)
                        .exchange()
                        .expectStatus().isOk()
                        .expectBody(String.class).returnResult().getResponseBody())
                .toList();
        List<String> bookedBy = IntStream.range(0, 6)
                .mapToObj(i -> client.post().uri("/api/v1/appointments").header(HttpHeaders.AUTHORIZATION, token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                        .exchange()
                        .expectStatus().isOk()
                        .expectBody(String.class).returnResult().getResponseBody())
                .toList();
        for (int i = 0; i < 6; i++) {
            client.get().uri(AUDIT).header(HttpHeaders.AUTHORIZATION, token)
                    .exchange()
                    .expectStatus().isOk();
        }

        assertThat(answeredBy).contains("{\"from\":\"booking-service-1\"}", "{\"from\":\"booking-service-2\"}");
        assertThat(bookedBy).contains("{\"from\":\"booking-service-1\"}", "{\"from\":\"booking-service-2\"}");
        // Each booking reached exactly one replica: a refused connection is the only thing sent again.
        assertThat(FIRST.receivedAt("/api/v1/appointments").size() + SECOND.receivedAt("/api/v1/appointments").size())
                .isEqualTo(6 + 6);
        assertThat(FIRST.receivedAt(AUDIT)).isNotEmpty();
        assertThat(SECOND.receivedAt(AUDIT)).isNotEmpty();
    }
}
