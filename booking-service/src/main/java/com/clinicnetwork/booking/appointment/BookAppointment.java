package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.client.Client;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.limits.ClientAllowance;
import com.clinicnetwork.booking.limits.Holdings;
import com.clinicnetwork.booking.policy.BookingPolicyRepository;
import com.clinicnetwork.messaging.AfterCommit;
import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books one appointment: who may book for whom, the client and their limits, the directory's and the policy's
 * rules, then, under the therapist's calendar lock, whether anything takes the time already, and, when the treatment
 * needs a room, under the location's room lock, which room the session gets. The row and its
 * {@code appointment.booked} event commit together (with the caller's idempotency record, when the web layer has one)
 * or not at all; the exclusion constraint stays the last line of defence.
 */
@Service
class BookAppointment {

    private static final Logger log = LoggerFactory.getLogger(BookAppointment.class);

    private final ClientRepository clients;
    private final ClientAllowance allowance;
    private final BookingContextLoader contexts;
    private final BookingPolicyRepository policies;
    private final SlotGuard slots;
    private final AppointmentWriter writer;
    private final Clock clock;

    BookAppointment(ClientRepository clients, ClientAllowance allowance, BookingContextLoader contexts,
            BookingPolicyRepository policies, SlotGuard slots, AppointmentWriter writer, Clock clock) {
        this.clients = clients;
        this.allowance = allowance;
        this.contexts = contexts;
        this.policies = policies;
        this.slots = slots;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @throws NotPermittedException    if the caller may not book for the client there
     * @throws BookingRejectedException if the client, the directory or the policy rule the time out
     * @throws SlotTakenException       if the therapist is booked (or the slot held) then
     * @throws com.clinicnetwork.servicedefaults.refusal.StateConflictException {@code room-taken} if no room the
     *                                  treatment needs is free then
     */
    @Transactional
    AppointmentView book(ClinicUser user, BookAppointmentRequest request) {
        UUID clientId = AppointmentAccess.clientToBookFor(user, request.clientId(), request.locationId());
        Client client = clients.find(clientId).orElseThrow(BookingRejectedException::unknownClient);
        allowance.require(client.id(), Holdings.appointments(1));
        Instant startsAt = request.startsAt().toInstant();
        BookingContext context = contexts.load(request.locationId(), request.treatmentId(), request.therapistId(),
                List.of(startsAt));
        Slot slot = BookingRules.slotFor(context, startsAt, policies.policyAt(request.locationId()), clock.instant());
        UUID roomId = slots.claim(context.parties(), slot, List.of(slot.therapistId()), null);
        AppointmentView booked = writer.booked(Appointment.booked(UUID.randomUUID(), client.id(), request.locationId(),
                request.treatmentId(), slot, roomId, request.intakeNotes(), null, clock.instant()), client);
        // Ids only, no personal data; with several replicas it tells which one took the booking.
        AfterCommit.run(() -> log.info("Appointment {} booked at location {} with therapist {}, starting {}", booked.id(),
                request.locationId(), slot.therapistId(), startsAt));
        return booked;
    }
}
