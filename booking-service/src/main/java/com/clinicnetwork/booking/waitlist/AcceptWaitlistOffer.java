package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.appointment.Appointment;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.appointment.AppointmentWriter;
import com.clinicnetwork.booking.appointment.BookingContext;
import com.clinicnetwork.booking.appointment.BookingContextLoader;
import com.clinicnetwork.booking.appointment.BookingRejectedException;
import com.clinicnetwork.booking.appointment.BookingRules;
import com.clinicnetwork.booking.appointment.Slot;
import com.clinicnetwork.booking.appointment.SlotGuard;
import com.clinicnetwork.booking.appointment.SlotTakenException;
import com.clinicnetwork.booking.client.Client;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.limits.ClientAllowance;
import com.clinicnetwork.booking.limits.Holdings;
import com.clinicnetwork.booking.waitlist.WaitlistOffer.OfferStatus;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting client accepts their offer: the offer is closed and its entry booked, and the held slot becomes an
 * appointment, all in one transaction. The directory may have changed during the hold (time off, changed hours, a
 * deactivated therapist), so the slot is judged again, except for the booking window, which the offer honoured.
 */
@Service
class AcceptWaitlistOffer {

    private final AnswerGuard guard;
    private final WaitlistRepository waitlist;
    private final ClientRepository clients;
    private final ClientAllowance allowance;
    private final BookingContextLoader contexts;
    private final SlotGuard slots;
    private final AppointmentWriter writer;
    private final Clock clock;

    AcceptWaitlistOffer(AnswerGuard guard, WaitlistRepository waitlist, ClientRepository clients, ClientAllowance allowance,
            BookingContextLoader contexts, SlotGuard slots, AppointmentWriter writer, Clock clock) {
        this.guard = guard;
        this.waitlist = waitlist;
        this.clients = clients;
        this.allowance = allowance;
        this.contexts = contexts;
        this.slots = slots;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException        if there is no such offer for the caller: only the waiting client answers it
     * @throws OfferClosedException     if the offer was answered or has expired
     * @throws OfferExpiredException    if its hold has ended
     * @throws BookingRejectedException if the directory no longer allows the slot
     * @throws SlotTakenException       if the slot has been taken after all
     * @throws com.clinicnetwork.servicedefaults.refusal.StateConflictException {@code room-taken} if no room the
     *                                  treatment needs is free any more
     */
    @Transactional
    AppointmentView accept(ClinicUser user, UUID offerId) {
        WaitlistOffer offer = guard.lock(user, offerId, OfferStatus.ACCEPTED);
        offer.requireHeldAt(clock.instant());
        UUID appointmentId = UUID.randomUUID();
        waitlist.close(offer.id(), OfferStatus.ACCEPTED, appointmentId);
        waitlist.markBooked(offer.entryId());
        Client client = clients.find(offer.clientId()).orElseThrow(() -> new IllegalStateException("Waitlisted client is gone"));
        allowance.require(client.id(), Holdings.appointments(1));
        Slot held = offer.slot();
        BookingContext context = contexts.load(offer.locationId(), offer.treatmentId(), held.therapistId(),
                List.of(held.startsAt()));
        Slot slot = BookingRules.heldSlotFor(context, held.startsAt(), clock.instant());
        UUID roomId = slots.claim(context.parties(), slot, List.of(slot.therapistId()), null);
        try {
            return writer.booked(Appointment.booked(appointmentId, client.id(), offer.locationId(), offer.treatmentId(), slot,
                    roomId, null, null, clock.instant()), client);
        } catch (SlotTakenException refused) {
            // Read after the rollback, the offer would hold its slot again and be named as what the slot collides with.
            throw SlotTakenException.collidingWith(slot, Optional.empty());
        }
    }
}
