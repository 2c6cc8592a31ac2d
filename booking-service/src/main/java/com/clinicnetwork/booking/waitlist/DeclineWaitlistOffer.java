package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.waitlist.WaitlistOffer.OfferStatus;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The waiting client declines their offer: the slot goes to the next waiting client, in the same transaction. */
@Service
class DeclineWaitlistOffer {

    private final AnswerGuard guard;
    private final WaitlistOffering offering;

    DeclineWaitlistOffer(AnswerGuard guard, WaitlistOffering offering) {
        this.guard = guard;
        this.offering = offering;
    }

    /**
     * @throws NotFoundException    if there is no such offer for the caller: only the waiting client answers it
     * @throws OfferClosedException if the offer was answered or has expired
     */
    @Transactional
    void decline(ClinicUser user, UUID offerId) {
        offering.release(guard.lock(user, offerId, OfferStatus.DECLINED), OfferStatus.DECLINED);
    }
}
