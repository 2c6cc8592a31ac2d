package com.clinicnetwork.testsupport.tokens;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a development token says about its user: the platform's roles and the client, therapist and
 * locations it is linked to, and the audiences it is meant for ({@code aud}; the platform's own by default).
 */
public record TokenClaims(String subject, Set<String> roles, UUID clientId, UUID therapistId, List<UUID> locationIds,
        List<String> audiences) {

    public TokenClaims {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
        locationIds = List.copyOf(locationIds);
        audiences = List.copyOf(audiences);
    }

    /** A token for this platform ({@code aud} = {@link DevTokenIssuer#PLATFORM_AUDIENCE}). */
    public TokenClaims(String subject, Set<String> roles, UUID clientId, UUID therapistId, List<UUID> locationIds) {
        this(subject, roles, clientId, therapistId, locationIds, List.of(DevTokenIssuer.PLATFORM_AUDIENCE));
    }

    /** The same user in a token meant for other audiences; none gives a token without an {@code aud} claim. */
    public TokenClaims withAudiences(String... audiences) {
        return new TokenClaims(subject, roles, clientId, therapistId, locationIds, List.of(audiences));
    }

    public static TokenClaims client(String subject, UUID clientId) {
        return new TokenClaims(subject, Set.of("CLIENT"), clientId, null, List.of());
    }

    /**
     * A person who registered with the identity provider themselves: role {@code CLIENT} but no {@code client_id}
     * claim, since the identity provider knows nothing of the platform's client records. The services find their
     * client record, once they created it, by {@code subject}.
     */
    public static TokenClaims selfRegisteredClient(String subject) {
        return new TokenClaims(subject, Set.of("CLIENT"), null, null, List.of());
    }

    public static TokenClaims therapist(String subject, UUID therapistId, List<UUID> locationIds) {
        return new TokenClaims(subject, Set.of("THERAPIST"), null, therapistId, locationIds);
    }

    public static TokenClaims frontDesk(String subject, List<UUID> locationIds) {
        return new TokenClaims(subject, Set.of("FRONT_DESK"), null, null, locationIds);
    }

    public static TokenClaims clinicAdmin(String subject) {
        return new TokenClaims(subject, Set.of("CLINIC_ADMIN"), null, null, List.of());
    }

    public static TokenClaims operator(String subject) {
        return new TokenClaims(subject, Set.of("OPERATOR"), null, null, List.of());
    }
}
