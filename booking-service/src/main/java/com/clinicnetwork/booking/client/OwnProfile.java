package com.clinicnetwork.booking.client;

import com.clinicnetwork.contracts.client.ClientRegistered;
import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.util.UUID;

/**
 * The rules of a client creating their own profile: one profile per person, linked to the subject they sign in as.
 * A caller who already is a client (the token's {@code client_id}, or a profile linked to their subject) gets the
 * existing profile's id instead of a second one.
 */
final class OwnProfile {

    static final String EXISTS = "client-profile-exists";

    private OwnProfile() {
    }

    /**
     * @return the subject the new profile is linked to
     * @throws StateConflictException {@value #EXISTS} with the existing {@code clientId}
     * @throws NotPermittedException  for a token whose subject cannot be linked (none, or longer than a subject the
     *                                platform keeps)
     */
    static String subjectToLink(ClinicUser user) {
        if (user.clientId().isPresent()) {
            throw exists(user.clientId().get());
        }
        String subject = user.subject();
        if (subject == null || subject.isBlank() || subject.length() > ClientRegistered.MAX_SUBJECT_LENGTH) {
            throw new NotPermittedException("Your sign-in has no subject a client profile can be linked to.");
        }
        return subject;
    }

    static StateConflictException exists(UUID clientId) {
        StateConflictException exists = new StateConflictException(EXISTS, "Client profile exists",
                "You already have a client profile; read it at /api/v1/clients/me.");
        exists.with("clientId", clientId);
        return exists;
    }
}
