package com.clinicnetwork.web.client.preferences;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A client's message preferences as notification-service shows them: {@code smsNumber} is the confirmed number,
 * {@code pendingSmsNumber} one waiting for its code.
 */
public record Preferences(UUID clientId, List<String> channels, String smsNumber, String pendingSmsNumber,
        boolean smsVerificationPending, List<String> optOuts, QuietHours quietHours, long version) {

    public Preferences {
        channels = channels == null ? List.of() : List.copyOf(channels);
        optOuts = optOuts == null ? List.of() : List.copyOf(optOuts);
    }

    public record QuietHours(LocalTime start, LocalTime end, String timeZone) {
    }
}
