package com.clinicnetwork.servicedefaults.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens whose RS256 signature this process has already verified, so a client sending the same token with every
 * request costs one signature check, not one per request (the check was the top frame of the gateway and the services
 * under load). A remembered token is still validated on every use (expiry, not-before, issuer, audience); only the
 * signature of the identical token text is not checked again. Entries are forgotten after {@link #REMEMBERED_FOR},
 * the time Spring Security also caches the issuer's keys, so a key the issuer withdraws stops being honoured as soon
 * as it would without this cache.
 */
final class VerifiedTokens {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    /** Enough for every signed-in user of a large chain at once; past it the cache starts over rather than grow. */
    static final int CAPACITY = 10_000;

    private record Verified(Jwt jwt, Instant at) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final OAuth2TokenValidator<Jwt> validator;
    private final Clock clock;

    VerifiedTokens(OAuth2TokenValidator<Jwt> validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /** The token as verified before, if it was within {@link #REMEMBERED_FOR} and is still valid now. */
    Optional<Jwt> recall(String token) {
        Verified known = verified.get(token);
        if (known == null) {
            return Optional.empty();
        }
        if (known.at().plus(REMEMBERED_FOR).isBefore(clock.instant()) || validator.validate(known.jwt()).hasErrors()) {
            verified.remove(token, known);
            return Optional.empty();
        }
        return Optional.of(known.jwt());
    }

    /** Remembers a token the decoder has just verified and validated. */
    Jwt remember(Jwt jwt) {
        if (verified.size() >= CAPACITY) {
            verified.clear();
        }
        verified.put(jwt.getTokenValue(), new Verified(jwt, clock.instant()));
        return jwt;
    }
}
