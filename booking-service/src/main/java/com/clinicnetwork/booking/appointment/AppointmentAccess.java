package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Object-level authorization for appointments: who may book for whom, and who may see and change an appointment.
 * Refusals are {@link NotPermittedException}s; each command asks once.
 */
public final class AppointmentAccess {

    private AppointmentAccess() {
    }

    /**
     * The client a booking is made for: clients book for themselves, front desk for anyone at its own
     * locations, clinic admins for anyone.
     *
     * @throws BookingRejectedException {@code clientId} missing where staff book
     */
    public static UUID clientToBookFor(ClinicUser user, UUID requestedClientId, UUID locationId) {
        if (user.hasRole(Role.CLINIC_ADMIN)) {
            return required(requestedClientId);
        }
        if (user.hasRole(Role.FRONT_DESK)) {
            if (!user.worksAt(locationId)) {
                throw new NotPermittedException("Front desk staff book only at the locations they work at.");
            }
            return required(requestedClientId);
        }
        if (user.hasRole(Role.CLIENT)) {
            UUID self = user.clientId().orElseThrow(() -> new NotPermittedException("Your account is not linked to a client record."));
            if (requestedClientId != null && !requestedClientId.equals(self)) {
                throw new NotPermittedException("Clients book appointments only for themselves.");
            }
            return self;
        }
        throw new NotPermittedException("Your role does not allow booking appointments.");
    }

    /** Everyone else is told the appointment does not exist: its existence is private too. */
    static boolean canView(ClinicUser user, Appointment appointment) {
        return user.hasRole(Role.CLINIC_ADMIN)
                || user.isClient(appointment.clientId())
                || user.isTherapist(appointment.therapistId())
                || user.hasRole(Role.FRONT_DESK) && user.worksAt(appointment.locationId());
    }

    /**
     * Who may change an appointment they can see: clients reschedule or cancel their own, therapists record
     * check-in, fulfilment and no-show of their own, front desk does everything at its locations, admins anywhere.
     */
    static void requireAllowed(ClinicUser user, Appointment appointment, Transition transition) {
        boolean allowed = user.hasRole(Role.CLINIC_ADMIN)
                || user.hasRole(Role.FRONT_DESK) && user.worksAt(appointment.locationId())
                || switch (transition) {
                    case RESCHEDULE, CANCEL -> user.isClient(appointment.clientId());
                    case CHECK_IN, FULFIL, NO_SHOW -> user.isTherapist(appointment.therapistId());
                };
        if (!allowed) {
            throw new NotPermittedException("You may not " + transition.apiName() + " this appointment.");
        }
    }

    /**
     * A confirmation that the client will come is the client's own word: they give it, or the front desk of the
     * appointment's location records it from a phone call. Nobody else speaks for the client.
     */
    static void requireMayConfirm(ClinicUser user, Appointment appointment) {
        boolean allowed = user.isClient(appointment.clientId())
                || user.hasRole(Role.FRONT_DESK) && user.worksAt(appointment.locationId());
        if (!allowed) {
            throw new NotPermittedException("Only the appointment's client, or the front desk of its location, confirms it.");
        }
    }

    /**
     * Why a booking was flagged at risk of a no-show is about the client's history: the staff who care for the visit see
     * it (the front desk of its location, its therapist, admins); a client sees only that a confirmation is requested.
     */
    static boolean canSeeNoShowRisk(ClinicUser user, Appointment appointment) {
        return user.hasRole(Role.CLINIC_ADMIN)
                || user.isTherapist(appointment.therapistId())
                || user.hasRole(Role.FRONT_DESK) && user.worksAt(appointment.locationId());
    }

    /** Intake notes are the client's own words to the therapist: only the client changes them, not staff or admins. */
    static void requireOwnClient(ClinicUser user, Appointment appointment) {
        if (!user.isClient(appointment.clientId())) {
            throw new NotPermittedException("Only the appointment's client changes its intake notes.");
        }
    }

    /**
     * Narrows a search to what the caller may see: clients their own appointments, therapists their own,
     * front desk its locations, admins everything. Asking for more than that is 403, not an empty page,
     * so a front end learns about its mistake.
     */
    static AppointmentFilter narrow(ClinicUser user, AppointmentFilter requested) {
        if (user.hasRole(Role.CLINIC_ADMIN)) {
            return requested;
        }
        if (user.hasRole(Role.FRONT_DESK)) {
            if (user.locationIds().isEmpty() || requested.locationId().filter(id -> !user.worksAt(id)).isPresent()) {
                throw new NotPermittedException("Front desk staff see appointments only at the locations they work at.");
            }
            return new AppointmentFilter(requested.clientId(), requested.therapistId(), requested.locationId(),
                    user.locationIds(), requested.from(), requested.to(), requested.status(), requested.confirmation());
        }
        if (user.hasRole(Role.THERAPIST) && user.therapistId().isPresent()) {
            UUID self = user.therapistId().get();
            if (requested.therapistId().filter(id -> !id.equals(self)).isPresent()) {
                throw new NotPermittedException("Therapists see only their own appointments.");
            }
            return new AppointmentFilter(requested.clientId(), Optional.of(self), requested.locationId(), Set.of(),
                    requested.from(), requested.to(), requested.status(), requested.confirmation());
        }
        if (user.hasRole(Role.CLIENT) && user.clientId().isPresent()) {
            UUID self = user.clientId().get();
            if (requested.clientId().filter(id -> !id.equals(self)).isPresent()) {
                throw new NotPermittedException("Clients see only their own appointments.");
            }
            return new AppointmentFilter(Optional.of(self), requested.therapistId(), requested.locationId(), Set.of(),
                    requested.from(), requested.to(), requested.status(), requested.confirmation());
        }
        throw new NotPermittedException("Your role does not allow reading appointments.");
    }

    private static UUID required(UUID clientId) {
        if (clientId == null) {
            throw new BookingRejectedException(BookingRejectedException.Reason.CLIENT_MISSING, "clientId",
                    "is required when staff book for a client");
        }
        return clientId;
    }
}
