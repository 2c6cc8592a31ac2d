package com.clinicnetwork.servicedefaults.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** {@link CachingJwtDecoder} for the WebFlux applications. */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifying;
    private final VerifiedTokens verified;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder verifying, VerifiedTokens verified) {
        this.verifying = verifying;
        this.verified = verified;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return verified.recall(token).map(Mono::just).orElseGet(() -> verifying.decode(token).map(verified::remember));
    }
}
