package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.waitlist.WaitlistOffer.OfferStatus;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Takes entries off the waitlist; a slot an entry holds is declined and passed on to the next waiting client. */
@Service
public class LeaveWaitlist {

    private final WaitlistRepository waitlist;
    private final WaitlistOffering offering;

    LeaveWaitlist(WaitlistRepository waitlist, WaitlistOffering offering) {
        this.waitlist = waitlist;
        this.offering = offering;
    }

    /**
     * Leaving twice is the same as leaving once; an entry that was booked from an offer stays booked (409). Anyone who
     * may not see the entry is told it does not exist.
     */
    @Transactional
    WaitlistEntryView leave(ClinicUser user, UUID entryId) {
        WaitlistRepository.StoredEntry stored = waitlist.findEntryForUpdate(entryId)
                .filter(candidate -> WaitlistAccess.mayManage(user, candidate.entry()))
                .orElseThrow(() -> new NotFoundException("Waitlist entry", entryId));
        if ("BOOKED".equals(stored.status())) {
            throw new StateConflictException("illegal-transition", "Not possible in this status",
                    "This waitlist entry has been booked; cancel the appointment instead.").with("currentStatus", stored.status());
        }
        if ("WAITING".equals(stored.status())) {
            withdraw(entryId);
        }
        return WaitlistEntryView.of(stored.entry(), "LEFT",
                waitlist.latestOffer(entryId).map(WaitlistEntryView.OfferView::of).orElse(null));
    }

    /** Takes all the client's waiting entries off the waitlist, passing held slots on: the client is being erased. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leaveAll(UUID clientId) {
        for (UUID entryId : waitlist.waitingEntriesForUpdate(clientId)) {
            withdraw(entryId);
        }
    }

    private void withdraw(UUID entryId) {
        waitlist.liveOfferForUpdate(entryId).ifPresent(offer -> offering.release(offer, OfferStatus.DECLINED));
        waitlist.markLeft(entryId);
    }
}
