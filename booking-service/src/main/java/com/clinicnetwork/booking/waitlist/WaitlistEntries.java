package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.appointment.AppointmentAccess;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.booking.limits.ClientAllowance;
import com.clinicnetwork.booking.limits.Holdings;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Puts clients on the waitlist; who may do so for whom is as for booking. */
@Service
public class WaitlistEntries {

    /** A wait longer than this is better served by booking ahead. */
    static final Duration MAX_WINDOW = Duration.ofDays(90);

    private final WaitlistRepository waitlist;
    private final DirectoryRepository directory;
    private final ClientAllowance allowance;
    private final WaitlistOffers offers;
    private final Clock clock;

    WaitlistEntries(WaitlistRepository waitlist, DirectoryRepository directory, ClientAllowance allowance,
            WaitlistOffers offers, Clock clock) {
        this.waitlist = waitlist;
        this.directory = directory;
        this.allowance = allowance;
        this.offers = offers;
        this.clock = clock;
    }

    /** The entry with its offer; anyone who may not see it is told it does not exist. */
    @Transactional(readOnly = true)
    WaitlistEntryView view(ClinicUser user, UUID entryId) {
        WaitlistRepository.StoredEntry stored = waitlist.findEntry(entryId)
                .filter(candidate -> mayManage(user, candidate.entry()))
                .orElseThrow(() -> ApiProblemException.notFound("Waitlist entry", entryId));
        return WaitlistEntryView.of(stored.entry(), stored.status(),
                waitlist.latestOffer(entryId).map(WaitlistEntryView.OfferView::of).orElse(null));
    }

    /**
     * A client's entries, newest first, each with its live or last offer: for the client themself and clinic admins;
     * front desk sees those at its locations; anyone else asking is refused (403), as for the appointment list.
     */
    @Transactional(readOnly = true)
    PageOf<WaitlistEntryView> entriesOf(ClinicUser user, UUID clientId, int page, int size) {
        Optional<Set<UUID>> onlyAt;
        if (user.isClient(clientId) || user.hasRole(Role.CLINIC_ADMIN)) {
            onlyAt = Optional.empty();
        } else if (user.hasRole(Role.FRONT_DESK)) {
            onlyAt = Optional.of(user.locationIds());
        } else {
            throw new ApiProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Access denied",
                    "You may list only your own waitlist entries.");
        }
        List<WaitlistEntryView> items = waitlist.entriesOf(clientId, onlyAt, size, (long) page * size).stream()
                .map(stored -> WaitlistEntryView.of(stored.entry(), stored.status(),
                        waitlist.latestOffer(stored.entry().id()).map(WaitlistEntryView.OfferView::of).orElse(null)))
                .toList();
        return PageOf.of(items, page, size, waitlist.countEntriesOf(clientId, onlyAt));
    }

    /**
     * Takes the entry off the waitlist; a slot it holds is declined and passed on. Leaving twice is the same as
     * leaving once; an entry that was booked from an offer stays booked (409).
     */
    @Transactional
    WaitlistEntryView leave(ClinicUser user, UUID entryId) {
        WaitlistRepository.StoredEntry stored = waitlist.findEntryForUpdate(entryId)
                .filter(candidate -> mayManage(user, candidate.entry()))
                .orElseThrow(() -> ApiProblemException.notFound("Waitlist entry", entryId));
        if ("BOOKED".equals(stored.status())) {
            throw new ApiProblemException(HttpStatus.CONFLICT, "illegal-transition", "Not possible in this status",
                    "This waitlist entry has been booked; cancel the appointment instead.").with("currentStatus", stored.status());
        }
        if ("WAITING".equals(stored.status())) {
            offers.withdrawLiveOffer(entryId);
            waitlist.markLeft(entryId);
        }
        return WaitlistEntryView.of(stored.entry(), "LEFT",
                waitlist.latestOffer(entryId).map(WaitlistEntryView.OfferView::of).orElse(null));
    }

    /** Takes all the client's waiting entries off the waitlist, passing held slots on: the client is being erased. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leaveAll(UUID clientId) {
        for (UUID entryId : waitlist.waitingEntriesForUpdate(clientId)) {
            offers.withdrawLiveOffer(entryId);
            waitlist.markLeft(entryId);
        }
    }

    private static boolean mayManage(ClinicUser user, WaitlistEntry entry) {
        return user.hasRole(Role.CLINIC_ADMIN) || user.isClient(entry.clientId())
                || user.hasRole(Role.FRONT_DESK) && user.worksAt(entry.locationId());
    }

    @Transactional
    WaitlistEntryView join(ClinicUser user, JoinWaitlistRequest request) {
        Instant start = request.windowStart().toInstant();
        Instant end = request.windowEnd().toInstant();
        if (!start.isBefore(end)) {
            throw ApiProblemException.invalidField("windowEnd", "must be after windowStart");
        }
        if (!end.isAfter(clock.instant())) {
            throw ApiProblemException.invalidField("windowEnd", "must be in the future");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw ApiProblemException.invalidField("windowEnd", "must be at most " + MAX_WINDOW.toDays() + " days after windowStart");
        }
        directory.findLocation(request.locationId()).filter(Location::active)
                .orElseThrow(() -> ApiProblemException.invalidField("locationId", "no bookable location with this id"));
        directory.findTreatment(request.treatmentId()).filter(Treatment::active)
                .orElseThrow(() -> ApiProblemException.invalidField("treatmentId", "no bookable treatment with this id"));
        if (request.therapistId() != null) {
            directory.findTherapist(request.therapistId())
                    .filter(t -> t.active() && t.worksAt(request.locationId()) && t.offers(request.treatmentId()))
                    .orElseThrow(() -> ApiProblemException.invalidField("therapistId",
                            "no active therapist with this id offers the treatment at the location"));
        }
        UUID clientId = AppointmentAccess.clientToBookFor(user, request.clientId(), request.locationId());
        allowance.require(clientId, Holdings.waitlistEntry());
        WaitlistEntry entry = new WaitlistEntry(UUID.randomUUID(), clientId, request.locationId(), request.treatmentId(),
                request.therapistId(), start, end);
        waitlist.insert(entry);
        return WaitlistEntryView.of(entry, "WAITING");
    }
}
