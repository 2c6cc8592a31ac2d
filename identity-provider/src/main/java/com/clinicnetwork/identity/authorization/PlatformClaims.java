package com.clinicnetwork.identity.authorization;

import com.clinicnetwork.identity.account.Account;
import com.clinicnetwork.identity.account.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;

/**
 * The claims the gateway and the services read from an access token (service-defaults' {@code ClinicClaims}):
 * the platform's audience, the stable subject, the roles and the records the user is linked to. Access tokens
 * carry no name, email or other contact detail: they travel to every service and into logs of proxies.
 */
public final class PlatformClaims {

    public static final String ROLES = "roles";
    public static final String CLIENT_ID = "client_id";
    public static final String THERAPIST_ID = "therapist_id";
    public static final String LOCATION_IDS = "location_ids";

    private PlatformClaims() {
    }

    public static void addTo(JwtClaimsSet.Builder claims, Account account, String audience) {
        claims.subject(account.subject());
        claims.audience(listOf(Stream.of(audience)));
        claims.claim(ROLES, listOf(account.roles().stream().map(Role::name).sorted()));
        // Here client_id names the clinic's client record (as the services read it), not the OAuth client.
        if (account.clientId() != null) {
            claims.claim(CLIENT_ID, account.clientId().toString());
        }
        if (account.therapistId() != null) {
            claims.claim(THERAPIST_ID, account.therapistId().toString());
        }
        if (!account.locationIds().isEmpty()) {
            claims.claim(LOCATION_IDS, listOf(account.locationIds().stream().map(UUID::toString)));
        }
    }

    /**
     * An {@link ArrayList}: the authorization server stores the claims as JSON with their Java types and reads back
     * only allow-listed ones, which the JDK's immutable lists are not.
     */
    private static List<String> listOf(Stream<String> values) {
        return values.collect(Collectors.toCollection(ArrayList::new));
    }
}
