package com.clinicnetwork.testsupport.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 tokens with the platform's claims for tests, without asking an identity provider: either with
 * a key of the test's own ({@link DevTokenIssuer}), or with the key file of the identity provider the local
 * run starts, so that tests get tokens with any claims they need that the platform trusts as the provider's.
 */
public final class TokenMinter {

    private final String issuer;
    private final RSAKey key;
    private final Duration tokenLifetime;

    public TokenMinter(String issuer, RSAKey key, Duration tokenLifetime) {
        this.issuer = issuer;
        this.key = key;
        this.tokenLifetime = tokenLifetime;
    }

    /** Signs with the key in a JWK file (private part and {@code kid}), e.g. the identity provider's signing key. */
    public static TokenMinter withKeyFile(String issuer, Path keyFile, Duration tokenLifetime) {
        try {
            return new TokenMinter(issuer, RSAKey.parse(Files.readString(keyFile)), tokenLifetime);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + keyFile, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The signing key " + keyFile + " is not an RSA JWK", e);
        }
    }

    /** The {@code iss} of every token minted here. */
    public String issuer() {
        return issuer;
    }

    public String mint(TokenClaims claims) {
        return mint(claims, Instant.now().plus(tokenLifetime));
    }

    /** A token that expires at {@code expiresAt}; tests use a past instant for an expired token. */
    public String mint(TokenClaims claims, Instant expiresAt) {
        Instant issuedAt = Instant.now().isBefore(expiresAt) ? Instant.now() : expiresAt.minusSeconds(60);
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
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
}
