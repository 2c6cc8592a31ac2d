package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.noshow.Confirmation;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client confirms they will come to a booking flagged at risk of a no-show (or the front desk records that they
 * said so on the phone): the version moves on and {@code appointment.confirmed} is published, which ends the requests
 * to confirm and takes the booking off the front desk's list of unconfirmed ones. Confirming again changes nothing and
 * answers the appointment as it is.
 */
@Service
class ConfirmAppointment {

    private final ChangeGuard guard;
    private final AppointmentWriter writer;

    ConfirmAppointment(ChangeGuard guard, AppointmentWriter writer) {
        this.guard = guard;
        this.writer = writer;
    }

    /**
     * @param expectedVersion the version {@code If-Match} names; null for any. Not checked when the appointment is
     *                        confirmed already: a repeated request (e.g. a retry after a lost answer) with the version
     *                        read before the first one finds the change it asked for made (RFC 9110, 13.1.1)
     * @throws StateConflictException if the appointment is not booked any more, or no confirmation was requested
     */
    @Transactional
    AppointmentView confirm(ClinicUser user, UUID id, Long expectedVersion) {
        Appointment current = guard.lockVisible(user, id);
        AppointmentAccess.requireMayConfirm(user, current);
        if (current.status() != AppointmentStatus.BOOKED) {
            throw new StateConflictException("illegal-transition", "Not possible in this status",
                    "An appointment that is " + current.status() + " cannot be confirmed.")
                    .with("currentStatus", current.status().name())
                    .with("transition", "confirm");
        }
        Confirmation confirmation = current.noShowRisk().confirmation();
        if (confirmation == Confirmation.CONFIRMED) {
            return AppointmentView.of(current);
        }
        ChangeGuard.requireVersion(current, expectedVersion);
        if (confirmation == Confirmation.NOT_REQUESTED) {
            throw new StateConflictException("confirmation-not-requested", "No confirmation requested",
                    "This booking needs no confirmation: it was not flagged at risk of a no-show.");
        }
        Appointment confirmed = current.confirmed();
        writer.confirmed(current, confirmed);
        return AppointmentView.of(confirmed);
    }
}
