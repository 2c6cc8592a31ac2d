package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.util.UUID;

/**
 * Who may change a therapist. Clinic admins change everything; a therapist changes only their own bio
 * and time off. Therapists are public in the directory, so a refusal says "not permitted", not "not found".
 */
final class TherapistAccess {

    private TherapistAccess() {
    }

    static boolean isAdmin(ClinicUser user) {
        return user.hasRole(Role.CLINIC_ADMIN);
    }

    /** A therapist's contact (their email address): clinic admins and the therapist themself. */
    static boolean mayReadContact(ClinicUser user, UUID therapistId) {
        return isAdmin(user) || user.isTherapist(therapistId);
    }

    /** @throws NotPermittedException unless the caller is an admin or this therapist */
    static void requireAdminOrSelf(ClinicUser user, UUID therapistId) {
        if (!isAdmin(user) && !user.isTherapist(therapistId)) {
            throw new NotPermittedException("Only clinic admins and the therapist themself may do this.");
        }
    }
}
