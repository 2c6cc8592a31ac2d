package com.clinicnetwork.identity.account;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person who can sign in, and what the platform's tokens say about them.
 *
 * @param subject     the stable {@code sub} of their tokens; never changes, unlike the email
 * @param username    what they sign in with (their email for people who registered themselves)
 * @param clientId    the booking-service client record they are, once one is linked
 * @param therapistId the therapist they are, for therapists
 * @param locationIds the locations a staff member works at
 */
public record Account(String subject, String username, String email, String givenName, String familyName,
        ZoneId timeZone, Locale locale, Set<Role> roles, UUID clientId, UUID therapistId, List<UUID> locationIds) {

    public Account {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        locationIds = List.copyOf(locationIds);
    }

    public String name() {
        return givenName + " " + familyName;
    }
}
