package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.noshow.NoShowRiskAssessment;
import com.clinicnetwork.booking.policy.BookingPolicyRepository;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an appointment to another time, optionally with another therapist at the same location; the id stays and the
 * version moves on. The new time is judged as a booking is, and the session gets the first room free then (its own room
 * counts as free); the old time is announced as freed for the waitlist, in the same transaction. Its no-show risk is
 * assessed again, as of now: the lead time is the new one, and a confirmation given for the old time is asked for again
 * if the booking is still at risk.
 */
@Service
class RescheduleAppointment {

    private final ChangeGuard guard;
    private final BookingContextLoader contexts;
    private final BookingPolicyRepository policies;
    private final SlotGuard slots;
    private final AppointmentWriter writer;
    private final NoShowRiskAssessment noShowRisk;
    private final Clock clock;

    RescheduleAppointment(ChangeGuard guard, BookingContextLoader contexts, BookingPolicyRepository policies,
            SlotGuard slots, AppointmentWriter writer, NoShowRiskAssessment noShowRisk, Clock clock) {
        this.guard = guard;
        this.contexts = contexts;
        this.policies = policies;
        this.slots = slots;
        this.writer = writer;
        this.noShowRisk = noShowRisk;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version {@code If-Match} names; null for any
     * @throws BookingRejectedException if the directory or the policy rule the new time out
     * @throws SlotTakenException       if the therapist is booked (or the slot held) then by anything but this appointment
     * @throws com.clinicnetwork.servicedefaults.refusal.StateConflictException {@code room-taken} if no room the
     *                                  treatment needs is free then, apart from the one this appointment has
     */
    @Transactional
    AppointmentView reschedule(ClinicUser user, UUID id, Long expectedVersion, RescheduleRequest request) {
        Appointment current = guard.lockFor(user, id, expectedVersion, Transition.RESCHEDULE);
        UUID therapistId = request.therapistId() != null ? request.therapistId() : current.therapistId();
        Instant startsAt = request.startsAt().toInstant();
        BookingContext context = contexts.load(current.locationId(), current.treatmentId(), therapistId, List.of(startsAt));
        Slot slot = BookingRules.slotFor(context, startsAt, policies.policyAt(current.locationId()), clock.instant());
        UUID roomId = slots.claim(context.parties(), slot, List.of(current.therapistId(), therapistId), current.id());
        Appointment moved = current.rescheduledTo(slot, roomId,
                noShowRisk.of(current.clientId(), current.locationId(), slot.startsAt(), clock.instant()));
        writer.changed(Transition.RESCHEDULE, current, moved);
        return AppointmentView.of(moved);
    }
}
