package com.clinicnetwork.notification.preference;

import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageType;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Preferences as the API shows them; {@code version} is also the ETag.
 *
 * @param smsNumber              the confirmed number, the only one SMS go to
 * @param pendingSmsNumber       a number waiting to be confirmed with the code sent to it
 * @param smsVerificationPending whether such a number waits
 */
public record PreferencesView(UUID clientId, List<Channel> channels, @Nullable String smsNumber, @Nullable String pendingSmsNumber,
        boolean smsVerificationPending, List<String> optOuts, @Nullable QuietHoursView quietHours, long version) {

    public record QuietHoursView(LocalTime start, LocalTime end, String timeZone) {
    }

    static PreferencesView of(NotificationPreferences preferences) {
        return new PreferencesView(
                preferences.clientId(),
                preferences.channels().stream().sorted().toList(),
                preferences.smsNumber().orElse(null),
                preferences.pendingSmsNumber().orElse(null),
                preferences.pendingSmsNumber().isPresent(),
                preferences.optOuts().stream().sorted().map(MessageType::template).toList(),
                preferences.quietHours().map(q -> new QuietHoursView(q.start(), q.end(), q.zone().getId())).orElse(null),
                preferences.version());
    }
}
