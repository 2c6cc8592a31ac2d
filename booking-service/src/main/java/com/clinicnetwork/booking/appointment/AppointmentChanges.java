package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.client.Client;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.policy.BookingPolicyRepository;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes to existing appointments. Each runs in one transaction that row-locks the appointment, checks
 * who may do it, the caller's {@code If-Match} version and the state machine, writes the new state with
 * a version check and appends the event to the outbox. Cancellations and reschedules announce the freed
 * slot ({@link SlotFreed}) inside the same transaction, for the waitlist.
 */
@Service
public class AppointmentChanges {

    private final AppointmentRepository appointments;
    private final AppointmentBooking booking;
    private final TherapistCalendarRepository calendar;
    private final ClientRepository clients;
    private final BookingPolicyRepository policies;
    private final OutboxWriter outbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final CheckInDeadline checkInDeadline;
    private final Clock clock;

    AppointmentChanges(AppointmentRepository appointments, AppointmentBooking booking, TherapistCalendarRepository calendar,
            ClientRepository clients, BookingPolicyRepository policies, OutboxWriter outbox, ApplicationEventPublisher events,
            TransactionTemplate transactions, CheckInDeadline checkInDeadline, Clock clock) {
        this.appointments = appointments;
        this.booking = booking;
        this.calendar = calendar;
        this.clients = clients;
        this.policies = policies;
        this.outbox = outbox;
        this.events = events;
        this.transactions = transactions;
        this.checkInDeadline = checkInDeadline;
        this.clock = clock;
    }

    /** Moves the appointment (optionally to another therapist at the same location); the id stays. */
    public AppointmentView reschedule(ClinicUser user, UUID id, String ifMatch, RescheduleRequest request) {
        return change(user, id, ifMatch, Transition.RESCHEDULE, current -> {
            UUID therapistId = request.therapistId() != null ? request.therapistId() : current.therapistId();
            Slot slot = booking.ruledSlot(current.locationId(), current.treatmentId(), therapistId,
                    request.startsAt().toInstant());
            calendar.lock(List.of(current.therapistId(), therapistId));
            if (calendar.conflictingExcept(slot, current.id()).isPresent()) {
                throw new SlotTakenException(slot);
            }
            return current.rescheduledTo(slot);
        });
    }

    /** Cancels, flagging it as late when it falls inside the location's late-cancellation window. */
    public AppointmentView cancel(ClinicUser user, UUID id, String ifMatch, CancelRequest request) {
        return change(user, id, ifMatch, Transition.CANCEL, current -> {
            calendar.lock(List.of(current.therapistId()));
            boolean late = policies.policyAt(current.locationId()).isLateCancellation(current.startsAt(), clock.instant());
            return current.cancelled(request.reason().strip(), late);
        });
    }

    /**
     * Replaces the intake notes while the appointment is still BOOKED and has not started; afterwards they are part
     * of what the therapist worked from. The version moves on like any change, but no event is published: the
     * notes never leave this service, and nothing else about the appointment changed.
     */
    public AppointmentView editIntakeNotes(ClinicUser user, UUID id, String ifMatch, IntakeNotesRequest request) {
        Long expectedVersion = ETags.expectedVersion(ifMatch);
        String notes = request.intakeNotes() == null || request.intakeNotes().isBlank() ? null : request.intakeNotes();
        return transactions.execute(status -> {
            Appointment current = appointments.findForUpdate(id)
                    .filter(found -> AppointmentAccess.canView(user, found))
                    .orElseThrow(() -> ApiProblemException.notFound("Appointment", id));
            AppointmentAccess.requireOwnClient(user, current);
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw ETags.stale("appointment");
            }
            if (current.status() != AppointmentStatus.BOOKED || !clock.instant().isBefore(current.startsAt())) {
                throw new ApiProblemException(HttpStatus.CONFLICT, "intake-notes-closed", "Intake notes can no longer change",
                        "Intake notes can be changed only while the appointment is booked and has not started.")
                        // Not "status": in a problem that member is the HTTP status code (RFC 9457).
                        .with("currentStatus", current.status().name())
                        .with("startsAt", current.startsAt().atOffset(ZoneOffset.UTC));
            }
            Appointment changed = current.withIntakeNotes(notes);
            write(changed, current.version());
            return AppointmentView.of(changed);
        });
    }

    public AppointmentView checkIn(ClinicUser user, UUID id, String ifMatch) {
        return change(user, id, ifMatch, Transition.CHECK_IN, current -> current.after(Transition.CHECK_IN));
    }

    public AppointmentView fulfil(ClinicUser user, UUID id, String ifMatch) {
        return change(user, id, ifMatch, Transition.FULFIL, current -> current.after(Transition.FULFIL));
    }

    public AppointmentView noShow(ClinicUser user, UUID id, String ifMatch) {
        return change(user, id, ifMatch, Transition.NO_SHOW, current -> current.after(Transition.NO_SHOW));
    }

    private AppointmentView change(ClinicUser user, UUID id, String ifMatch, Transition transition,
            UnaryOperator<Appointment> apply) {
        Long expectedVersion = ETags.expectedVersion(ifMatch);
        try {
            return transactions.execute(status -> {
                Appointment current = appointments.findForUpdate(id)
                        .filter(found -> AppointmentAccess.canView(user, found))
                        .orElseThrow(() -> ApiProblemException.notFound("Appointment", id));
                AppointmentAccess.requireAllowed(user, current, transition);
                if (expectedVersion != null && expectedVersion != current.version()) {
                    throw ETags.stale("appointment");
                }
                if (!transition.allowedFrom(current.status())) {
                    throw illegal(new Transition.IllegalTransitionException(transition, current.status()));
                }
                if (!transition.allowedAt(current.startsAt(), clock.instant())) {
                    throw tooEarly(transition, current);
                }
                Appointment changed = apply.apply(current);
                commit(transition, current, changed);
                return AppointmentView.of(changed);
            });
        } catch (SlotTakenException e) {
            throw e.toProblem(calendar.conflictingExcept(e.requested(), id));
        }
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
        if (!Transition.CANCEL.allowedFrom(current.status())) {
            return;
        }
        calendar.lock(List.of(current.therapistId()));
        boolean late = policies.policyAt(current.locationId()).isLateCancellation(current.startsAt(), clock.instant());
        commit(Transition.CANCEL, current, current.cancelled(reason, late));
    }

    private void commit(Transition transition, Appointment current, Appointment changed) {
        write(changed, current.version());
        Client client = clients.find(changed.clientId())
                .orElseThrow(() -> new IllegalStateException("Appointment " + current.id() + " refers to a missing client"));
        Instant previousStart = transition == Transition.RESCHEDULE ? current.startsAt() : null;
        Instant checkInClosesAt = transition == Transition.FULFIL ? checkInDeadline.checkInClosesAt(changed.endsAt()) : null;
        outbox.append(AppointmentEvents.of(transition.eventType(), changed, client, previousStart, checkInClosesAt));
        if (transition == Transition.CANCEL || transition == Transition.RESCHEDULE) {
            events.publishEvent(new SlotFreed(current.locationId(), current.slot()));
        }
    }

    /** Still {@code illegal-transition} for clients, but saying when it becomes possible. */
    private static ApiProblemException tooEarly(Transition transition, Appointment current) {
        OffsetDateTime notBefore = current.startsAt().atOffset(ZoneOffset.UTC);
        return new ApiProblemException(HttpStatus.CONFLICT, "illegal-transition", "Not possible yet",
                "A " + transition.apiName() + " can be recorded only once the appointment has started, at " + notBefore)
                .with("currentStatus", current.status().name())
                .with("transition", transition.apiName())
                .with("notBefore", notBefore);
    }

    private void write(Appointment changed, long expectedVersion) {
        boolean written;
        try {
            written = appointments.update(changed, expectedVersion);
        } catch (DataIntegrityViolationException e) {
            if (SlotTakenException.isExclusionViolation(e)) {
                throw new SlotTakenException(changed.slot());
            }
            throw e;
        }
        if (!written) {
            // Cannot happen while the row is locked; kept so that no path can ever overwrite a newer version.
            throw ETags.stale("appointment");
        }
    }

    private static ApiProblemException illegal(Transition.IllegalTransitionException e) {
        return new ApiProblemException(HttpStatus.CONFLICT, "illegal-transition", "Not possible in this status",
                e.getMessage())
                .with("currentStatus", e.status().name())
                .with("transition", e.transition().apiName());
    }
}
