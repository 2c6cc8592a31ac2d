package com.clinicnetwork.notification.delivery;

import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageContent;
import java.time.Instant;
import java.util.UUID;

/**
 * A message to one recipient over one channel, due for delivery, with its content, so it can be (re)sent without the
 * event that caused it.
 *
 * @param occasion       what caused it; one notification per occasion and channel (and webhook subscription)
 * @param subscriptionId on a webhook delivery: the subscription it goes to; null otherwise
 * @param recipient      email address, phone number (E.164) or webhook URL
 * @param recipientName  the client's first name; null on webhook deliveries and once the client was erased
 * @param locale         the client's language tag as the event gave it; null when unknown
 * @param content        what the message says, the same for every channel
 * @param attempts       attempts made so far
 * @param nextAttemptAt  when it is (or was) due
 */
public record Notification(
        UUID id,
        String occasion,
        Channel channel,
        UUID subscriptionId,
        String recipient,
        String recipientName,
        String locale,
        MessageContent content,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt) {

    /** The template name of its message type, as the API, metrics and events name it. */
    public String template() {
        return content.type().template();
    }
}
