package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.standin.StandInServer;
import com.clinicnetwork.testsupport.tokens.DevTokenIssuer;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import redis.embedded.RedisServer;

/**
 * Two gateway replicas sharing one real Redis server (the redis-server binary of the embedded-redis
 * artifact from Maven Central, so the test needs nothing installed): a user's burst is limited across
 * both replicas, not per replica.
 */
class RateLimitSharedInRedisIT {

    private static final StandInServer DIRECTORY = StandInServer.start("therapist-service");
    private static RedisServer redis;
    private static ConfigurableApplicationContext replicaA;
    private static ConfigurableApplicationContext replicaB;

    @BeforeAll
    static void startRedisAndTwoReplicas() throws IOException {
        int redisPort = freePort();
        redis = new RedisServer(redisPort);
        redis.start();
        replicaA = startReplica(redisPort);
        replicaB = startReplica(redisPort);
    }

    @AfterAll
    static void stopEverything() throws IOException {
        for (ConfigurableApplicationContext replica : new ConfigurableApplicationContext[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.close();
            }
        }
        if (redis != null) {
            redis.stop();
        }
        DIRECTORY.close();
    }

    @Test
    void aUsersBurstIsLimitedAcrossAllReplicas() {
        String token = TestTokens.bearer(TokenClaims.client("redis-it-" + UUID.randomUUID(), UUID.randomUUID()));
        WebTestClient a = client(replicaA);
        WebTestClient b = client(replicaB);

        for (WebTestClient replica : new WebTestClient[] {a, b, a, b}) {
            replica.get().uri("/api/v1/treatments").header(HttpHeaders.AUTHORIZATION, token)
                    .exchange().expectStatus().isOk();
        }

        b.get().uri("/api/v1/treatments").header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
        a.get().uri("/api/v1/treatments").header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isEqualTo(429);
        assertThat(DIRECTORY.received()).hasSize(4);
    }

    private static ConfigurableApplicationContext startReplica(int redisPort) {
        // Command-line arguments, so they win over application.yml as a deployment's settings would.
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redisPort,
                "--THERAPIST_SERVICE_URL=" + DIRECTORY.url(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.issuer().issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.issuer().jwkSetUri(),
                "--clinic.security.audience=" + DevTokenIssuer.PLATFORM_AUDIENCE,
                "--clinic.gateway.rate-limit.per-user.capacity=4",
                "--clinic.gateway.rate-limit.per-user.refill-tokens=1",
                "--clinic.gateway.rate-limit.per-user.refill-period=10m");
    }

    private static WebTestClient client(ConfigurableApplicationContext replica) {
        int port = ((WebServerApplicationContext) replica).getWebServer().getPort();
        // The first request of a fresh replica fetches the issuer's keys and connects to Redis: on a busy build
        // machine that took longer than WebTestClient's default 5 s once.
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
