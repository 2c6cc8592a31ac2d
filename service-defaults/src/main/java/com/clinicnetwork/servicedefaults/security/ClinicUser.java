package com.clinicnetwork.servicedefaults.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authenticated caller as the platform sees them: roles plus the client, therapist and
 * locations the token links them to. Used for object-level authorization in every service.
 * A client whose token carries no {@code client_id} (a person who registered with the identity provider and then
 * created their own profile) is linked to their client record by subject through {@link ClientLinks}.
 */
public record ClinicUser(String subject, Set<Role> roles, Optional<UUID> clientId, Optional<UUID> therapistId, Set<UUID> locationIds) {

    public ClinicUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        locationIds = Set.copyOf(locationIds);
    }

    /**
     * @throws InvalidClaimException if a claim is present but malformed: such a token is rejected, not half-trusted
     */
    public static ClinicUser from(Jwt jwt) {
        return new ClinicUser(
                jwt.getSubject(),
                roles(jwt),
                optionalUuid(jwt, ClinicClaims.CLIENT_ID),
                optionalUuid(jwt, ClinicClaims.THERAPIST_ID),
                uuids(jwt, ClinicClaims.LOCATION_IDS));
    }

    /**
     * The caller as {@link #from(Jwt)} reads the token, with the client id of a client whose token has none filled
     * from {@code links} by the token's subject. A {@code client_id} claim always wins over a link: the identity
     * provider that issued it vouches for it.
     *
     * @throws InvalidClaimException as {@link #from(Jwt)}
     */
    public static ClinicUser from(Jwt jwt, ClientLinks links) {
        ClinicUser user = from(jwt);
        if (!user.hasRole(Role.CLIENT) || user.clientId().isPresent() || user.subject() == null || user.subject().isBlank()) {
            return user;
        }
        return new ClinicUser(user.subject(), user.roles(), links.clientIdOf(user.subject()), user.therapistId(),
                user.locationIds());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isClient(UUID id) {
        return hasRole(Role.CLIENT) && clientId.filter(id::equals).isPresent();
    }

    public boolean isTherapist(UUID id) {
        return hasRole(Role.THERAPIST) && therapistId.filter(id::equals).isPresent();
    }

    public boolean worksAt(UUID locationId) {
        return locationIds.contains(locationId);
    }

    private static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : stringList(jwt, ClinicClaims.ROLES)) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknownRole) {
                // Roles of other applications sharing the identity provider grant nothing here.
            }
        }
        return roles;
    }

    private static Optional<UUID> optionalUuid(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(parseUuid(claim, value));
    }

    private static Set<UUID> uuids(Jwt jwt, String claim) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String value : stringList(jwt, claim)) {
            ids.add(parseUuid(claim, value));
        }
        return ids;
    }

    private static Collection<String> stringList(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof Collection<?> values) || !values.stream().allMatch(String.class::isInstance)) {
            throw new InvalidClaimException(claim);
        }
        return values.stream().map(String.class::cast).toList();
    }

    private static UUID parseUuid(String claim, Object value) {
        try {
            return UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidClaimException(claim);
        }
    }

    /** A claim the platform relies on is present but malformed. */
    public static class InvalidClaimException extends RuntimeException {
        public InvalidClaimException(String claim) {
            super("Token claim '" + claim + "' is malformed");
        }
    }
}
