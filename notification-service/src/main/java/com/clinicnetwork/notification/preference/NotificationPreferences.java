package com.clinicnetwork.notification.preference;

import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a client wants to receive, how and when.
 *
 * @param channels         the channels every message they have not opted out of goes to (EMAIL, SMS)
 * @param smsNumber        the confirmed E.164 number: the only one SMS go to
 * @param pendingSmsNumber a number the client chose but has not confirmed with the code sent to it yet; nothing
 *                         is sent to it but that code, so nobody can route a client's messages to a phone they do
 *                         not hold
 * @param optOuts          message types they do not want (only those {@link MessageType#optOutAllowed()})
 * @param quietHours       when messages wait, in their time zone
 * @param version          0 while the client has never saved preferences (the defaults apply)
 */
public record NotificationPreferences(UUID clientId, Set<Channel> channels, Optional<String> smsNumber,
        Optional<String> pendingSmsNumber, Set<MessageType> optOuts, Optional<QuietHours> quietHours, long version) {

    public NotificationPreferences {
        channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        optOuts = optOuts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(optOuts));
    }

    /** Until a client says otherwise: email only, every message, any time. */
    public static NotificationPreferences defaults(UUID clientId) {
        return new NotificationPreferences(clientId, Set.of(Channel.EMAIL), Optional.empty(), Optional.empty(), Set.of(),
                Optional.empty(), 0);
    }

    public boolean wants(MessageType type) {
        return !type.optOutAllowed() || !optOuts.contains(type);
    }
}
