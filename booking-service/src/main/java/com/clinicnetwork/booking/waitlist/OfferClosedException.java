package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.booking.waitlist.WaitlistOffer.OfferStatus;

/** The offer has been answered or has expired and takes no answer any more. */
class OfferClosedException extends RuntimeException {

    private final OfferStatus status;

    OfferClosedException(OfferStatus status) {
        super("The offer is " + status + " and can no longer be answered.", null, false, false);
        this.status = status;
    }

    OfferStatus status() {
        return status;
    }
}
