package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** Object-level authorization for appointments: who may book for whom, and who may see an appointment. */
final class AppointmentAccess {

    private AppointmentAccess() {
    }

    /**
     * The client a booking is made for: clients book for themselves, front desk for anyone at its own
     * locations, clinic admins for anyone.
     */
    static UUID clientToBookFor(ClinicUser user, UUID requestedClientId, UUID locationId) {
        if (user.hasRole(Role.CLINIC_ADMIN)) {
            return required(requestedClientId);
        }
        if (user.hasRole(Role.FRONT_DESK)) {
            if (!user.worksAt(locationId)) {
                throw forbidden("Front desk staff book only at the locations they work at.");
            }
            return required(requestedClientId);
        }
        if (user.hasRole(Role.CLIENT)) {
            UUID self = user.clientId().orElseThrow(() -> forbidden("Your account is not linked to a client record."));
            if (requestedClientId != null && !requestedClientId.equals(self)) {
                throw forbidden("Clients book appointments only for themselves.");
            }
            return self;
        }
        throw forbidden("Your role does not allow booking appointments.");
    }

    /** Everyone else is told the appointment does not exist: its existence is private too. */
    static boolean canView(ClinicUser user, Appointment appointment) {
        return user.hasRole(Role.CLINIC_ADMIN)
                || user.isClient(appointment.clientId())
                || user.isTherapist(appointment.therapistId())
                || user.hasRole(Role.FRONT_DESK) && user.worksAt(appointment.locationId());
    }

    private static UUID required(UUID clientId) {
        if (clientId == null) {
            throw ApiProblemException.invalidField("clientId", "is required when staff book for a client");
        }
        return clientId;
    }

    private static ApiProblemException forbidden(String detail) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Access denied", detail);
    }
}
