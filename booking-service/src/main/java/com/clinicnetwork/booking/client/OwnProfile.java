package com.clinicnetwork.booking.client;

import com.clinicnetwork.contracts.client.ClientRegistered;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import java.util.UUID;
import org.springframework.http.HttpStatus;

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
     * @throws ApiProblemException 409 {@value #EXISTS} with the existing {@code clientId}; 403 for a token whose subject
     *                             cannot be linked (none, or longer than a subject the platform keeps)
     */
    static String subjectToLink(ClinicUser user) {
        if (user.clientId().isPresent()) {
            throw exists(user.clientId().get());
        }
        String subject = user.subject();
        if (subject == null || subject.isBlank() || subject.length() > ClientRegistered.MAX_SUBJECT_LENGTH) {
            throw new ApiProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Access denied",
                    "Your sign-in has no subject a client profile can be linked to.");
        }
        return subject;
    }

    static ApiProblemException exists(UUID clientId) {
        return new ApiProblemException(HttpStatus.CONFLICT, EXISTS, "Client profile exists",
                "You already have a client profile; read it at /api/v1/clients/me.")
                .with("clientId", clientId);
    }
}
