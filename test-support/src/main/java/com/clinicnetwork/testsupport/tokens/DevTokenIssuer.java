package com.clinicnetwork.testsupport.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The development identity provider of the local run and the tests: it signs RS256 tokens for demo
 * users and publishes its public key as a JWK set, which the gateway and services trust exactly as
 * they trust a production issuer. It only ever runs inside the local launcher or a test JVM, bound to
 * loopback; no service contains it.
 */
public final class DevTokenIssuer implements AutoCloseable {

    /** The audience of this platform's tokens, which the gateway and the services require (JWT_AUDIENCE). */
    public static final String PLATFORM_AUDIENCE = "clinic-platform";

    private static final String PATH = "/dev-issuer";

    private final RSAKey key;
    private final HttpServer server;
    private final Map<String, TokenClaims> namedUsers;
    private final Duration tokenLifetime;

    private DevTokenIssuer(RSAKey key, HttpServer server, Map<String, TokenClaims> namedUsers, Duration tokenLifetime) {
        this.key = key;
        this.server = server;
        this.namedUsers = Collections.unmodifiableMap(new LinkedHashMap<>(namedUsers));
        this.tokenLifetime = tokenLifetime;
    }

    /**
     * @param port        0 for any free port
     * @param key         the signing key, see {@link #loadOrCreateKey(Path)} and {@link #newKey()}
     * @param namedUsers  demo users whose tokens {@code GET /dev-issuer/tokens/{name}} hands out
     */
    public static DevTokenIssuer start(int port, RSAKey key, Map<String, TokenClaims> namedUsers, Duration tokenLifetime) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            DevTokenIssuer issuer = new DevTokenIssuer(key, server, namedUsers, tokenLifetime);
            server.createContext(PATH + "/jwks.json", issuer::serveKeys);
            server.createContext(PATH + "/tokens", issuer::serveToken);
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

    /** Keeps the key across restarts of the local run, so tokens handed out earlier stay valid. */
    public static RSAKey loadOrCreateKey(Path file) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey key = newKey();
            Files.createDirectories(file.getParent());
            Files.writeString(file, key.toJSONString());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Unreadable signing key in " + file + "; delete it to create a new one", e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    public String jwkSetUri() {
        return issuer() + "/jwks.json";
    }

    public String tokenUri(String userName) {
        return issuer() + "/tokens/" + userName;
    }

    public Map<String, TokenClaims> namedUsers() {
        return namedUsers;
    }

    public String mint(TokenClaims claims) {
        return mint(claims, Instant.now().plus(tokenLifetime));
    }

    /** A token that expires at {@code expiresAt}; tests use a past instant for an expired token. */
    public String mint(TokenClaims claims, Instant expiresAt) {
        Instant issuedAt = Instant.now().isBefore(expiresAt) ? Instant.now() : expiresAt.minusSeconds(60);
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(claims.subject())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim("roles", List.copyOf(claims.roles()));
        if (!claims.audiences().isEmpty()) {
            builder.audience(claims.audiences());
        }
        if (claims.clientId() != null) {
            builder.claim("client_id", claims.clientId().toString());
        }
        if (claims.therapistId() != null) {
            builder.claim("therapist_id", claims.therapistId().toString());
        }
        if (!claims.locationIds().isEmpty()) {
            builder.claim("location_ids", claims.locationIds().stream().map(UUID::toString).toList());
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                builder.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private void serveKeys(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "application/jwk-set+json", new JWKSet(key.toPublicJWK()).toString());
    }

    private void serveToken(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring((PATH + "/tokens").length()).replaceFirst("^/", "");
        if (!"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "application/problem+json",
                    "{\"title\":\"Method not allowed\",\"status\":405}");
            return;
        }
        TokenClaims claims = namedUsers.get(name);
        if (claims == null) {
            respond(exchange, 404, "application/problem+json",
                    "{\"title\":\"Unknown demo user\",\"status\":404,\"detail\":\"Known users: "
                            + String.join(", ", namedUsers.keySet().stream().sorted().toList()) + "\"}");
            return;
        }
        respond(exchange, 200, "application/json",
                "{\"access_token\":\"" + mint(claims) + "\",\"token_type\":\"Bearer\",\"expires_in\":" + tokenLifetime.toSeconds() + "}");
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
