package com.clinicnetwork.booking.privacy;

import com.clinicnetwork.contracts.client.ConsentState;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One consent as it stands.
 *
 * @param changedAt when it was last given or withdrawn (for the registration default: when the client was created)
 * @param source    {@code registration}, {@code self-service}, {@code front-desk} or {@code admin}
 */
public record Consent(boolean granted, Instant changedAt, String source) {

    static final String REGISTRATION = "registration";
    static final String SELF_SERVICE = "self-service";

    ConsentState toEvent() {
        return new ConsentState(granted, changedAt.atOffset(ZoneOffset.UTC), source);
    }
}
