package com.clinicnetwork.booking.aftercare;

import java.time.Instant;

/** A genuine check-in link whose answer window has closed: it will never work again. */
class CheckInLinkExpiredException extends RuntimeException {

    private final Instant expiredAt;

    CheckInLinkExpiredException(Instant expiredAt) {
        super("This check-in link has expired: the check-in could be answered until " + expiredAt + ".", null, false, false);
        this.expiredAt = expiredAt;
    }

    Instant expiredAt() {
        return expiredAt;
    }
}
