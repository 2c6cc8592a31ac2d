package com.clinicnetwork.servicedefaults.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Which client record a signed-in person's profile is, by the token's subject. An identity provider that lets
 * people register themselves (the local one, the chain's own, Keycloak) knows nothing of the platform's client
 * records, so their tokens carry no {@code client_id} claim: a service that can tell which client a subject created
 * (booking-service from its client table, notification-service from the links it was told about) provides this as a
 * bean, and {@link ClinicUser#from(org.springframework.security.oauth2.jwt.Jwt, ClientLinks)} fills the client id
 * from it. A service without such a bean knows no links.
 */
@FunctionalInterface
public interface ClientLinks {

    /** For services that keep no client data: nobody is linked to a client record by subject. */
    ClientLinks NONE = subject -> Optional.empty();

    /** @return the client record created by the person signed in as {@code subject}, if there is one */
    Optional<UUID> clientIdOf(String subject);
}
