package com.clinicnetwork.notification.message;

import java.util.Objects;

/**
 * A message an event (or a due reminder) calls for, before it is split into deliveries per channel.
 *
 * @param occasion  what caused it (an appointment version and message type, a reminder, an offer): one delivery per
 *                  occasion and channel (and webhook subscription), whichever event announced it
 * @param content   what it says
 * @param addressee whom it is for, as the event (or the appointment's latest state) gave their contact
 */
public record Message(String occasion, MessageContent content, Addressee addressee) {

    public Message {
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(addressee, "addressee");
    }

    public MessageType type() {
        return content.type();
    }
}
