package com.clinicnetwork.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensTest {

    private static final String ISSUER = "https://login.clinic.example";
    private static final Instant ISSUED = Instant.parse("2026-12-03T09:00:00Z");
    private final MutableClock clock = new MutableClock(ISSUED);
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final OAuth2TokenValidator<Jwt> validator = validator();

    /**
     * Stands in for Nimbus: counts signature checks, refuses tokens named "forged", and validates the claims of every
     * token it decodes (all tokens were issued at {@link #ISSUED} for 15 minutes).
     */
    private final JwtDecoder verifying = token -> {
        signatureChecks.incrementAndGet();
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature does not match");
        }
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("sam").issuer(ISSUER)
                .issuedAt(ISSUED).expiresAt(ISSUED.plus(Duration.ofMinutes(15))).build();
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException("invalid", result.getErrors());
        }
        return jwt;
    };

    private OAuth2TokenValidator<Jwt> validator() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(List.of(timestamps, new JwtIssuerValidator(ISSUER)));
    }

    private JwtDecoder decoder() {
        return new CachingJwtDecoder(verifying, new VerifiedTokens(validator, clock));
    }

    @Test
    void theSameTokenHasItsSignatureCheckedOnceAndAnotherTokenItsOwn() {
        JwtDecoder decoder = decoder();

        Jwt first = decoder.decode("token-a");
        Jwt again = decoder.decode("token-a");
        decoder.decode("token-b");

        assertThat(again).isSameAs(first);
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void aTokenThatFailsItsCheckIsNeverRemembered() {
        JwtDecoder decoder = decoder();

        assertThatThrownBy(() -> decoder.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void aRememberedTokenThatHasSinceExpiredIsCheckedAgainAndRefused() {
        JwtDecoder decoder = decoder();
        decoder.decode("token-a");

        clock.advance(Duration.ofMinutes(16));

        assertThatThrownBy(() -> decoder.decode("token-a")).isInstanceOf(JwtValidationException.class);
        assertThat(signatureChecks).as("checked again, not answered from memory").hasValue(2);
    }

    @Test
    void aTokenIsVerifiedAgainOnceItHasBeenRememberedForFiveMinutes() {
        JwtDecoder decoder = decoder();
        decoder.decode("token-a");

        clock.advance(Duration.ofMinutes(4));
        decoder.decode("token-a");
        assertThat(signatureChecks).hasValue(1);

        clock.advance(Duration.ofMinutes(2));
        decoder.decode("token-a");
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void theWebFluxDecoderAlsoChecksEachTokenOnce() {
        ReactiveJwtDecoder decoder = new CachingReactiveJwtDecoder(token -> Mono.fromCallable(() -> verifying.decode(token)),
                new VerifiedTokens(validator, clock));

        Jwt first = decoder.decode("token-a").block();
        Jwt again = decoder.decode("token-a").block();

        assertThat(again).isSameAs(first);
        assertThat(signatureChecks).hasValue(1);
        assertThatThrownBy(() -> decoder.decode("forged-1").block()).isInstanceOf(BadJwtException.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
