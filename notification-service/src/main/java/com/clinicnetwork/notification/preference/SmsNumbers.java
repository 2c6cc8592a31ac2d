package com.clinicnetwork.notification.preference;

import java.util.Optional;

/**
 * What saving preferences with an SMS number does to the confirmed and the pending number.
 *
 * @param confirmed the number SMS go to afterwards
 * @param pending   the number waiting for its code afterwards
 * @param sendCode  whether a new code must go to {@code pending}
 * @param keepCode  whether the code already sent to {@code pending} stays valid
 */
record SmsNumbers(Optional<String> confirmed, Optional<String> pending, boolean sendCode, boolean keepCode) {

    /**
     * @param requested  the number in the saved preferences, empty to remove it
     * @param confirmed  the confirmed number before
     * @param pending    the pending number before
     * @param codeIsLive whether a code sent to {@code pending} can still be confirmed (not expired, attempts left)
     */
    static SmsNumbers after(Optional<String> requested, Optional<String> confirmed, Optional<String> pending, boolean codeIsLive) {
        if (requested.isEmpty()) {
            return new SmsNumbers(Optional.empty(), Optional.empty(), false, false);
        }
        if (requested.equals(confirmed)) {
            // Back to the number already proven: a half-finished change is abandoned.
            return new SmsNumbers(confirmed, Optional.empty(), false, false);
        }
        if (requested.equals(pending) && codeIsLive) {
            // Saving other preferences again must not send another code (nor reset the attempts against this one).
            return new SmsNumbers(confirmed, pending, false, true);
        }
        // Until the new number is confirmed, SMS keep going to the confirmed one, if any.
        return new SmsNumbers(confirmed, requested, true, false);
    }
}
