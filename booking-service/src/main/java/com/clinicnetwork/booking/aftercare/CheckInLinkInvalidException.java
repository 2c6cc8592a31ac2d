package com.clinicnetwork.booking.aftercare;

/**
 * The check-in link is malformed, altered, signed with another secret or for no appointment: one refusal for all of
 * these, so nothing about a link can be probed.
 */
class CheckInLinkInvalidException extends RuntimeException {

    CheckInLinkInvalidException() {
        super("This check-in link is not valid. Open the link from your aftercare message, or sign in to answer.",
                null, false, false);
    }
}
