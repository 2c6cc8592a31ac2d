package com.clinicnetwork.booking.privacy;

/** What a client may consent to; the default is what registering as a client implies. */
enum ConsentKind {
    /** Confirmations, reschedule and cancellation notices, reminders, aftercare, waitlist offers. */
    CARE_MESSAGES(true),
    /** Promotional messages. Nothing sends them yet; whatever does in future must check this consent. */
    MARKETING(false);

    private final boolean grantedAtRegistration;

    ConsentKind(boolean grantedAtRegistration) {
        this.grantedAtRegistration = grantedAtRegistration;
    }

    boolean grantedAtRegistration() {
        return grantedAtRegistration;
    }
}
