package com.clinicnetwork.testsupport.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The token issuer of the tests: it signs RS256 tokens and publishes its public key as a JWK set, which the
 * gateway and services under test trust exactly as they trust a production issuer. It only ever runs inside
 * a test JVM, bound to loopback; no service contains it.
 */
public final class DevTokenIssuer implements AutoCloseable {

    /** The audience of this platform's tokens, which the gateway and the services require (JWT_AUDIENCE). */
    public static final String PLATFORM_AUDIENCE = "clinic-platform";

    private static final String PATH = "/dev-issuer";

    private final RSAKey key;
    private final HttpServer server;
    private final TokenMinter minter;

    private DevTokenIssuer(RSAKey key, HttpServer server, Duration tokenLifetime) {
        this.key = key;
        this.server = server;
        this.minter = new TokenMinter(issuer(), key, tokenLifetime);
    }

    /**
     * @param port 0 for any free port
     * @param key  the signing key, see {@link #newKey()}
     */
    public static DevTokenIssuer start(int port, RSAKey key, Duration tokenLifetime) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            DevTokenIssuer issuer = new DevTokenIssuer(key, server, tokenLifetime);
            server.createContext(PATH + "/jwks.json", issuer::serveKeys);
            server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "dev-token-issuer");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException("Development token issuer could not bind port " + port, e);
        }
    }

    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    public String jwkSetUri() {
        return issuer() + "/jwks.json";
    }

    public String mint(TokenClaims claims) {
        return minter.mint(claims);
    }

    /** A token that expires at {@code expiresAt}; tests use a past instant for an expired token. */
    public String mint(TokenClaims claims, Instant expiresAt) {
        return minter.mint(claims, expiresAt);
    }

    private void serveKeys(HttpExchange exchange) throws IOException {
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
