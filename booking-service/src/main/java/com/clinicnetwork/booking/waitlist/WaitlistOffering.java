package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.appointment.BookingContext;
import com.clinicnetwork.booking.appointment.BookingContextLoader;
import com.clinicnetwork.booking.appointment.BookingRejectedException;
import com.clinicnetwork.booking.appointment.BookingRules;
import com.clinicnetwork.booking.appointment.RoomCalendar;
import com.clinicnetwork.booking.appointment.Slot;
import com.clinicnetwork.booking.appointment.SlotFreed;
import com.clinicnetwork.booking.appointment.TherapistCalendarRepository;
import com.clinicnetwork.booking.availability.RoomSchedule;
import com.clinicnetwork.booking.client.Client;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.directory.GeoPoint;
import com.clinicnetwork.booking.limits.ClientAllowance;
import com.clinicnetwork.booking.policy.BookingPolicyRepository;
import com.clinicnetwork.booking.waitlist.WaitlistOffer.OfferStatus;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.appointment.WaitlistOfferMade;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers freed slots to waiting clients, at the slot's location or within reach of it (see {@link Nearby}), first come
 * first served, one client at a time: OFFERED → ACCEPTED,
 * DECLINED or EXPIRED; after a decline or expiry the slot goes to the next matching client. A client is offered
 * a slot once, however many entries they have, and only within their limits (see {@code ClientAllowance}). An offer holds
 * its slot (see {@link TherapistCalendarRepository}), and the room its treatment needs (see {@link RoomCalendar}), until
 * it is answered ({@link AcceptWaitlistOffer},
 * {@link DeclineWaitlistOffer}), withdrawn ({@link LeaveWaitlist}) or lapses.
 */
@Service
class WaitlistOffering {

    private static final Logger log = LoggerFactory.getLogger(WaitlistOffering.class);
    private static final int CANDIDATE_PAGE = 50;

    private final WaitlistRepository waitlist;
    private final BookingContextLoader contexts;
    private final DirectoryRepository directory;
    private final BookingPolicyRepository policies;
    private final TherapistCalendarRepository calendar;
    private final RoomCalendar roomCalendar;
    private final ClientRepository clients;
    private final ClientAllowance allowance;
    private final OutboxWriter outbox;
    private final WaitlistProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WaitlistOffering(WaitlistRepository waitlist, BookingContextLoader contexts, DirectoryRepository directory,
            BookingPolicyRepository policies,
            TherapistCalendarRepository calendar, RoomCalendar roomCalendar, ClientRepository clients,
            ClientAllowance allowance, OutboxWriter outbox,
            WaitlistProperties properties, TransactionTemplate transactions, Clock clock) {
        this.waitlist = waitlist;
        this.contexts = contexts;
        this.directory = directory;
        this.policies = policies;
        this.calendar = calendar;
        this.roomCalendar = roomCalendar;
        this.clients = clients;
        this.allowance = allowance;
        this.outbox = outbox;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs inside the cancellation's or reschedule's transaction, so the offer exists if and only if that commits. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onSlotFreed(SlotFreed freed) {
        offerToNext(freed.locationId(), freed.treatmentId(), freed.slot());
    }

    /**
     * Expires lapsed offers one transaction each and passes their slots on. One offer per transaction keeps
     * the locks of one pass to a single therapist, so replicas running this side by side never deadlock.
     *
     * @return how many offers expired
     */
    int expireLapsedOffers() {
        int expired = 0;
        while (Boolean.TRUE.equals(transactions.execute(status -> expireOne()))) {
            expired++;
        }
        return expired;
    }

    private boolean expireOne() {
        Optional<WaitlistOffer> lapsed = waitlist.nextLapsedForUpdate(clock.instant());
        lapsed.ifPresent(offer -> release(offer, OfferStatus.EXPIRED));
        return lapsed.isPresent();
    }

    /** Ends the offer without a booking ({@code DECLINED} or {@code EXPIRED}) and offers its slot to the next client. */
    @Transactional(propagation = Propagation.MANDATORY)
    void release(WaitlistOffer offer, OfferStatus ending) {
        waitlist.close(offer.id(), ending, null);
        offerToNext(offer.locationId(), offer.treatmentId(), offer.slot());
    }

    /**
     * Offers the slot (or the part of it a waiting entry's treatment needs) to the entry that joined first among
     * those it suits and whose client may take one more offer, walking every candidate page by page. Entries at the
     * location and entries waiting nearby queue together by the time they joined: whoever waits longest and can take the
     * slot gets it, wherever they wait.
     */
    private void offerToNext(UUID locationId, UUID freedTreatmentId, Slot freed) {
        calendar.lock(List.of(freed.therapistId()));
        Optional<GeoPoint> where = directory.coordinatesOf(locationId);
        WaitlistRepository.CandidatePosition position = WaitlistRepository.CandidatePosition.START;
        List<WaitlistRepository.Candidate> page;
        do {
            page = waitlist.candidates(locationId, freed.therapistId(), freedTreatmentId, freed.startsAt(), position,
                    CANDIDATE_PAGE);
            for (WaitlistRepository.Candidate candidate : page) {
                WaitlistEntry entry = candidate.entry();
                if (entry.reaches(locationId, where)) {
                    UUID treatmentId = entry.treatmentFor(freedTreatmentId);
                    Optional<Hold> hold = holdFor(entry, locationId, treatmentId, freed);
                    if (hold.isPresent() && allowance.admitsOffer(entry.clientId()) && waitlist.lockIfStillOfferable(entry.id())) {
                        offer(entry, locationId, treatmentId, hold.get());
                        return;
                    }
                }
                position = candidate.position();
            }
        } while (page.size() == CANDIDATE_PAGE);
    }

    /** What an offer holds: the therapist's time and, when the treatment needs one, a room (null: none). */
    private record Hold(Slot slot, @Nullable UUID roomId) {
    }

    /**
     * The session of the treatment from the freed start at the location, with the first free room it needs, if the rules
     * (the therapist offers the treatment there, it fits the hours), the calendar, the rooms (under the location's room
     * lock) and the entry's window allow it.
     */
    private Optional<Hold> holdFor(WaitlistEntry entry, UUID locationId, UUID treatmentId, Slot freed) {
        BookingContext context;
        Slot slot;
        try {
            context = contexts.load(locationId, treatmentId, freed.therapistId(), List.of(freed.startsAt()));
            slot = BookingRules.slotFor(context, freed.startsAt(), policies.policyAt(locationId), clock.instant());
        } catch (BookingRejectedException notBookable) {
            return Optional.empty();
        }
        if (!entry.wants(slot.startsAt(), slot.endsAt()) || calendar.conflicting(slot).isPresent()) {
            return Optional.empty();
        }
        RoomSchedule rooms = roomCalendar.lockedAround(locationId, context.parties().treatment(), slot.occupied(), null);
        if (!rooms.admits(slot.occupied())) {
            return Optional.empty();
        }
        return Optional.of(new Hold(slot, rooms.firstFree(slot.occupied()).orElse(null)));
    }

    private void offer(WaitlistEntry entry, UUID locationId, UUID treatmentId, Hold hold) {
        Slot slot = hold.slot();
        Client client = clients.find(entry.clientId())
                .orElseThrow(() -> new IllegalStateException("Waitlist entry " + entry.id() + " refers to a missing client"));
        Instant holdUntil = WaitlistOffer.holdUntil(clock.instant(), properties.holdDuration(), slot.startsAt());
        WaitlistOffer offer = new WaitlistOffer(UUID.randomUUID(), entry.id(), entry.clientId(), locationId, treatmentId, slot,
                holdUntil, OfferStatus.OFFERED);
        waitlist.insert(offer, hold.roomId());
        outbox.append(OutgoingEvent.about(Topics.APPOINTMENTS, EventTypes.WAITLIST_OFFER_MADE, offer.id(),
                new WaitlistOfferMade(offer.id(), entry.id(), entry.clientId(), slot.therapistId(), locationId,
                        treatmentId, slot.startsAt().atOffset(ZoneOffset.UTC), slot.endsAt().atOffset(ZoneOffset.UTC),
                        holdUntil.atOffset(ZoneOffset.UTC),
                        client.contact())));
        log.info("Waitlist offer {} made for entry {}, held until {}", offer.id(), entry.id(), holdUntil);
    }
}
