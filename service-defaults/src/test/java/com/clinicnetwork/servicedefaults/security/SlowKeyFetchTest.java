package com.clinicnetwork.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.tokens.DevTokenIssuer;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import com.clinicnetwork.testsupport.tokens.TokenMinter;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A service under load must not turn an identity provider that answers its key request a little late into 401s:
 * the issuer here answers the key request after 1.5 s, three times Nimbus's 500 ms default.
 */
class SlowKeyFetchTest {

    private static final Duration ISSUER_DELAY = Duration.ofMillis(1_500);

    private final RSAKey key = DevTokenIssuer.newKey();
    private final HttpServer issuer = slowIssuer();

    @AfterEach
    void stop() {
        issuer.stop(0);
    }

    @Test
    void aTokenIsAcceptedWhenTheSigningKeysArriveAfterASecondAndAHalf() {
        String issuerUri = "http://127.0.0.1:" + issuer.getAddress().getPort() + "/issuer";
        TokenTrust trust = TokenTrust.from(new MockEnvironment()
                .withProperty(TokenTrust.ISSUER_URI_PROPERTY, issuerUri)
                .withProperty(TokenTrust.JWK_SET_URI_PROPERTY, issuerUri + "/jwks.json")
                .withProperty(TokenTrust.AUDIENCE_PROPERTY, DevTokenIssuer.PLATFORM_AUDIENCE));
        String token = new TokenMinter(issuerUri, key, Duration.ofMinutes(5)).mint(TokenClaims.client("sam", UUID.randomUUID()));

        Jwt decoded = trust.jwtDecoder().decode(token);

        assertThat(decoded.getSubject()).isEqualTo("sam");
    }

    private HttpServer slowIssuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/issuer/jwks.json", exchange -> {
                awaitDelay();
                byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer's latency, not a wait for something to happen: nothing in the test races it. */
    private static void awaitDelay() {
        try {
            Thread.sleep(ISSUER_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
