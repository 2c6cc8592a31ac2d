package com.clinicnetwork.servicedefaults.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A decoder that verifies each distinct token once and validates it on every use ({@link VerifiedTokens}). */
final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder verifying;
    private final VerifiedTokens verified;

    CachingJwtDecoder(JwtDecoder verifying, VerifiedTokens verified) {
        this.verifying = verifying;
        this.verified = verified;
    }

    @Override
    public Jwt decode(String token) {
        return verified.recall(token).orElseGet(() -> verified.remember(verifying.decode(token)));
    }
}
