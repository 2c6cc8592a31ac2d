package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.policy.BookingPolicyRepository;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to an appointment that take no new time: cancel, the visit's check-in, fulfilment and no-show, and the
 * client's intake notes (moving it is {@link RescheduleAppointment}). Each runs in one transaction that passes the
 * {@link ChangeGuard}, writes the new state with a version check and appends the event to the outbox; a cancellation
 * announces the freed slot ({@link SlotFreed}) inside the same transaction, for the waitlist.
 */
@Service
public class AppointmentChanges {

    private final ChangeGuard guard;
    private final AppointmentRepository appointments;
    private final TherapistCalendarRepository calendar;
    private final BookingPolicyRepository policies;
    private final AppointmentWriter writer;
    private final Clock clock;

    AppointmentChanges(ChangeGuard guard, AppointmentRepository appointments, TherapistCalendarRepository calendar,
            BookingPolicyRepository policies, AppointmentWriter writer, Clock clock) {
        this.guard = guard;
        this.appointments = appointments;
        this.calendar = calendar;
        this.policies = policies;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Cancels, flagging it as late when it falls inside the location's late-cancellation window.
     *
     * @param expectedVersion the version {@code If-Match} names; null for any
     */
    @Transactional
    public AppointmentView cancel(ClinicUser user, UUID id, Long expectedVersion, CancelRequest request) {
        return change(user, id, expectedVersion, Transition.CANCEL, current -> cancelled(current, request.reason().strip()));
    }

    /**
     * Replaces the intake notes while the appointment is still BOOKED and has not started; afterwards they are part
     * of what the therapist worked from. The version moves on like any change, but no event is published: the
     * notes never leave this service, and nothing else about the appointment changed.
     */
    @Transactional
    AppointmentView editIntakeNotes(ClinicUser user, UUID id, Long expectedVersion, IntakeNotesRequest request) {
        String notes = request.intakeNotes() == null || request.intakeNotes().isBlank() ? null : request.intakeNotes();
        Appointment current = guard.lockVisible(user, id);
        AppointmentAccess.requireOwnClient(user, current);
        ChangeGuard.requireVersion(current, expectedVersion);
        if (current.status() != AppointmentStatus.BOOKED || !clock.instant().isBefore(current.startsAt())) {
            throw new IntakeNotesClosedException(current.status(), current.startsAt());
        }
        Appointment changed = current.withIntakeNotes(notes);
        writer.update(changed, current.version());
        return AppointmentView.of(changed);
    }

    @Transactional
    AppointmentView checkIn(ClinicUser user, UUID id, Long expectedVersion) {
        return change(user, id, expectedVersion, Transition.CHECK_IN, current -> current.after(Transition.CHECK_IN));
    }

    @Transactional
    AppointmentView fulfil(ClinicUser user, UUID id, Long expectedVersion) {
        return change(user, id, expectedVersion, Transition.FULFIL, current -> current.after(Transition.FULFIL));
    }

    @Transactional
    AppointmentView noShow(ClinicUser user, UUID id, Long expectedVersion) {
        return change(user, id, expectedVersion, Transition.NO_SHOW, current -> current.after(Transition.NO_SHOW));
    }

    /**
     * Cancels a future appointment of a client who is being erased, as any cancellation does (slot freed for the
     * waitlist, event published), without a caller's checks: the erasure has checked who asked for it. Call in
     * the erasure's transaction, after the client's fields were anonymised, so the event carries no personal data.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelForErasure(UUID id, String reason) {
        Appointment current = appointments.findForUpdate(id)
                .orElseThrow(() -> new IllegalStateException("Appointment " + id + " vanished during an erasure"));
        if (Transition.CANCEL.allowedFrom(current.status())) {
            writer.changed(Transition.CANCEL, current, cancelled(current, reason));
        }
    }

    private AppointmentView change(ClinicUser user, UUID id, Long expectedVersion, Transition transition,
            UnaryOperator<Appointment> apply) {
        Appointment current = guard.lockFor(user, id, expectedVersion, transition);
        Appointment changed = apply.apply(current);
        writer.changed(transition, current, changed);
        return AppointmentView.of(changed);
    }

    /** Under the therapist's calendar lock, like everything that gives or takes their time. */
    private Appointment cancelled(Appointment current, String reason) {
        calendar.lock(List.of(current.therapistId()));
        boolean late = policies.policyAt(current.locationId()).isLateCancellation(current.startsAt(), clock.instant());
        return current.cancelled(reason, late);
    }
}
