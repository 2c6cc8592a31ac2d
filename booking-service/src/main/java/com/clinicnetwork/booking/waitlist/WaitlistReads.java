package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import com.clinicnetwork.servicedefaults.web.PageOf;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of waitlist entries, each with its live or last offer. */
@Service
class WaitlistReads {

    private final WaitlistRepository waitlist;

    WaitlistReads(WaitlistRepository waitlist) {
        this.waitlist = waitlist;
    }

    /** The entry with its offer; anyone who may not see it is told it does not exist. */
    @Transactional(readOnly = true)
    WaitlistEntryView view(ClinicUser user, UUID entryId) {
        WaitlistRepository.StoredEntry stored = waitlist.findEntry(entryId)
                .filter(candidate -> WaitlistAccess.mayManage(user, candidate.entry()))
                .orElseThrow(() -> new NotFoundException("Waitlist entry", entryId));
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
            throw new NotPermittedException("You may list only your own waitlist entries.");
        }
        List<WaitlistEntryView> items = waitlist.entriesOf(clientId, onlyAt, size, (long) page * size).stream()
                .map(stored -> WaitlistEntryView.of(stored.entry(), stored.status(),
                        waitlist.latestOffer(stored.entry().id()).map(WaitlistEntryView.OfferView::of).orElse(null)))
                .toList();
        return PageOf.of(items, page, size, waitlist.countEntriesOf(clientId, onlyAt));
    }
}
