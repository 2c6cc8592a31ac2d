package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.waitlist.WaitlistOffer.OfferStatus;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The first step of answering an offer: only the waiting client answers it, and only while it is open. */
@Component
class AnswerGuard {

    private final WaitlistRepository waitlist;

    AnswerGuard(WaitlistRepository waitlist) {
        this.waitlist = waitlist;
    }

    /**
     * The offer, row-locked until the transaction ends, open to {@code answer}.
     *
     * @throws NotFoundException    if there is no such offer for the caller: to anyone else it does not exist
     * @throws OfferClosedException if the offer was answered or has expired
     */
    @Transactional(propagation = Propagation.MANDATORY)
    WaitlistOffer lock(ClinicUser user, UUID offerId, OfferStatus answer) {
        WaitlistOffer offer = waitlist.findForUpdate(offerId)
                .filter(found -> user.isClient(found.clientId()))
                .orElseThrow(() -> new NotFoundException("Waitlist offer", offerId));
        offer.requireOpenTo(answer);
        return offer;
    }
}
