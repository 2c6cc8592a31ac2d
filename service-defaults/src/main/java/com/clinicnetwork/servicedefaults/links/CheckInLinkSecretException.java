package com.clinicnetwork.servicedefaults.links;

/** Start-up stops with this when the secret that signs aftercare check-in links is missing or too short. */
public class CheckInLinkSecretException extends IllegalStateException {

    CheckInLinkSecretException(String problem) {
        super("Aftercare check-in links are not configured: " + problem
                + "; refusing to start without a secret to sign and verify them");
    }
}
