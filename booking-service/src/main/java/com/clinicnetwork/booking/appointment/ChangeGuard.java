package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first step of every change to an appointment: the row, locked until the transaction ends (changes to one
 * appointment queue up), visible to the caller (else it does not exist for them), allowed to them
 * ({@link AppointmentAccess}), at the version their {@code If-Match} names, in a status and at a time the transition
 * allows.
 */
@Component
class ChangeGuard {

    private final AppointmentRepository appointments;
    private final Clock clock;

    ChangeGuard(AppointmentRepository appointments, Clock clock) {
        this.appointments = appointments;
        this.clock = clock;
    }

    /** @param expectedVersion the version {@code If-Match} names; null for any */
    @Transactional(propagation = Propagation.MANDATORY)
    Appointment lockFor(ClinicUser user, UUID id, Long expectedVersion, Transition transition) {
        Appointment current = lockVisible(user, id);
        AppointmentAccess.requireAllowed(user, current, transition);
        requireVersion(current, expectedVersion);
        transition.require(current.status(), current.startsAt(), clock.instant());
        return current;
    }

    /** The appointment, row-locked, if the caller may see it. */
    @Transactional(propagation = Propagation.MANDATORY)
    Appointment lockVisible(ClinicUser user, UUID id) {
        return appointments.findForUpdate(id)
                .filter(found -> AppointmentAccess.canView(user, found))
                .orElseThrow(() -> new NotFoundException("Appointment", id));
    }

    static void requireVersion(Appointment current, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersionException();
        }
    }
}
