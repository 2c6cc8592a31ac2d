package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * Who may change a therapist. Clinic admins change everything; a therapist changes only their own bio
 * and time off. Therapists are public in the directory, so refusing is a 403, not a 404.
 */
final class TherapistAccess {

    private TherapistAccess() {
    }

    static boolean isAdmin(ClinicUser user) {
        return user.hasRole(Role.CLINIC_ADMIN);
    }

    /** @throws ApiProblemException 403 unless the caller is an admin or this therapist */
    static void requireAdminOrSelf(ClinicUser user, UUID therapistId) {
        if (!isAdmin(user) && !user.isTherapist(therapistId)) {
            throw forbidden("Only clinic admins and the therapist themself may do this.");
        }
    }

    static ApiProblemException forbidden(String detail) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", detail);
    }
}
