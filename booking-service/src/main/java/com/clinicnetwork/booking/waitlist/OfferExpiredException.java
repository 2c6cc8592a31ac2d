package com.clinicnetwork.booking.waitlist;

/** The offer's hold on its slot has ended; the slot may have been offered to someone else. */
class OfferExpiredException extends RuntimeException {

    OfferExpiredException() {
        super("The hold on this slot has ended", null, false, false);
    }
}
