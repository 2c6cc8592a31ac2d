package com.clinicnetwork.notification.preference;

/**
 * The SMS provider did not take the confirmation code for a new number, so the preferences were left as they were.
 * Unlike a refusal this is temporary: the same request can succeed shortly.
 */
class SmsCodeNotSentException extends RuntimeException {

    SmsCodeNotSentException() {
        super("The code for the new SMS number could not be sent, so nothing was changed. Try again shortly.", null,
                false, false);
    }
}
