package com.clinicnetwork.notification.preference;

import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageType;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/v1/clients/{id}/notification-preferences}.
 *
 * @param channels   EMAIL and/or SMS
 * @param smsNumber  E.164, e.g. +447700900123; required with SMS. A number other than the confirmed one is used only
 *                   after the client confirms the code sent to it
 * @param optOuts    template names of messages not wanted, e.g. appointment-reminder
 * @param quietHours optional daily window without messages, in {@code quietHours.timeZone}
 */
public record PreferencesRequest(
        @NotEmpty @Size(max = 2) List<@NotNull Channel> channels,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +447700900123") @Nullable String smsNumber,
        @Size(max = 20) @Nullable List<@NotNull String> optOuts,
        @Valid @Nullable QuietHoursRequest quietHours) {

    /**
     * @param start    HH:mm
     * @param end      HH:mm, may be earlier than start (the window then spans midnight)
     * @param timeZone IANA zone of the client, e.g. Europe/London
     */
    public record QuietHoursRequest(@NotNull LocalTime start, @NotNull LocalTime end, @NotNull @Size(max = 64) String timeZone) {
    }

    Optional<String> requestedSmsNumber() {
        return Optional.ofNullable(smsNumber);
    }

    /**
     * Checks what annotations cannot express and builds the preferences.
     *
     * @param numbers the confirmed and pending number after this change (see {@link SmsNumbers})
     */
    NotificationPreferences toPreferences(UUID clientId, SmsNumbers numbers, long version) {
        Set<Channel> chosen = EnumSet.copyOf(channels);
        if (chosen.contains(Channel.WEBHOOK)) {
            throw new InvalidValueException("channels", "must be EMAIL or SMS");
        }
        if (chosen.contains(Channel.SMS) && smsNumber == null) {
            throw new InvalidValueException("smsNumber", "is required when SMS is a channel");
        }
        Set<MessageType> types = EnumSet.noneOf(MessageType.class);
        for (String template : optOuts == null ? List.<String>of() : optOuts) {
            MessageType type = MessageType.ofTemplate(template)
                    .orElseThrow(() -> new InvalidValueException("optOuts", "unknown message type " + template));
            if (!type.optOutAllowed()) {
                throw new InvalidValueException("optOuts", template
                        + " cannot be switched off: it is the record of a change to your booking");
            }
            types.add(type);
        }
        return new NotificationPreferences(clientId, chosen, numbers.confirmed(), numbers.pending(), types, validQuietHours(), version);
    }

    private Optional<QuietHours> validQuietHours() {
        if (quietHours == null) {
            return Optional.empty();
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(quietHours.timeZone());
        } catch (DateTimeException unknown) {
            throw new InvalidValueException("quietHours.timeZone", "must be an IANA time zone such as Europe/London");
        }
        if (quietHours.start().equals(quietHours.end())) {
            throw new InvalidValueException("quietHours.end", "must differ from start");
        }
        return Optional.of(new QuietHours(quietHours.start(), quietHours.end(), zone));
    }
}
