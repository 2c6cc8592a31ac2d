package com.clinicnetwork.contracts.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code client.registered} on {@code clinic.clients.v1}, keyed by client id: a person signed in with the
 * identity provider created their own client profile. Their tokens carry {@code subject} as {@code sub} but no
 * {@code client_id} claim, so a service that applies per-client rules keeps this link to tell which client they are.
 * Only profiles a person created for themselves are announced: records front desk or admins register have no
 * subject. The link ends with the client's {@code client.erased}. Carries no contact data.
 *
 * @param subject      the token subject ({@code sub}) of the person, as the identity provider issues it
 * @param registeredAt when the profile was created; of two registrations of one subject the later one holds
 */
public record ClientRegistered(
        @NotNull UUID clientId,
        @NotBlank @Size(max = ClientRegistered.MAX_SUBJECT_LENGTH) String subject,
        @NotNull OffsetDateTime registeredAt) {

    /** The longest subject a profile can be linked to; longer ones are refused when the profile is created. */
    public static final int MAX_SUBJECT_LENGTH = 255;
}
