package com.clinicnetwork.notification.webhook;

import com.clinicnetwork.notification.message.MessageType;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Body of creating or changing a webhook subscription.
 *
 * @param url          where deliveries are POSTed: https (http only where the configuration allows it), to a host
 *                     that is and resolves to public addresses only (see {@link WebhookTargetPolicy})
 * @param messageTypes template names, e.g. appointment-confirmation
 * @param active       on change: false pauses deliveries; ignored on create (new subscriptions are active)
 */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 20) List<@NotNull String> messageTypes,
        @Nullable Boolean active) {

    Set<MessageType> validTypes() {
        Set<MessageType> types = EnumSet.noneOf(MessageType.class);
        for (String template : messageTypes) {
            types.add(MessageType.ofTemplate(template)
                    .orElseThrow(() -> new InvalidValueException("messageTypes", "unknown message type " + template)));
        }
        return types;
    }
}
