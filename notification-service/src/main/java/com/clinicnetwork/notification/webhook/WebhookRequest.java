package com.clinicnetwork.notification.webhook;

import com.clinicnetwork.notification.notification.MessageType;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Body of creating or changing a webhook subscription.
 *
 * @param url          where deliveries are POSTed: https (http only where the configuration allows it)
 * @param messageTypes template names, e.g. appointment-confirmation
 * @param active       on change: false pauses deliveries; ignored on create (new subscriptions are active)
 */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 20) List<@NotNull String> messageTypes,
        Boolean active) {

    URI validUrl(boolean allowInsecureHttp) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ApiProblemException.invalidField("url", "must be an absolute https URL");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean http = "http".equalsIgnoreCase(uri.getScheme());
        if (!uri.isAbsolute() || uri.getHost() == null || !(https || http && allowInsecureHttp) || uri.getUserInfo() != null) {
            throw ApiProblemException.invalidField("url", "must be an absolute https URL without credentials");
        }
        return uri;
    }

    Set<MessageType> validTypes() {
        Set<MessageType> types = EnumSet.noneOf(MessageType.class);
        for (String template : messageTypes) {
            types.add(MessageType.ofTemplate(template)
                    .orElseThrow(() -> ApiProblemException.invalidField("messageTypes", "unknown message type " + template)));
        }
        return types;
    }
}
