package com.clinicnetwork.notification.history;

import com.clinicnetwork.notification.message.MessageType;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message an event (or a due reminder) calls for, before it is split into deliveries per channel.
 *
 * @param occasion    what caused it, unique per message: see {@link Notification#occasion()}
 * @param checkInClosesAt on an aftercare message: see {@link Notification#checkInClosesAt()}
 * @param usefulUntil after this instant the message is pointless (a reminder once the appointment starts, an
 *                    offer once its hold ends); quiet hours never delay it past that. Null: always useful.
 */
public record MessageRequest(
        MessageType type,
        String occasion,
        UUID appointmentId,
        Long appointmentVersion,
        UUID offerId,
        UUID clientId,
        UUID locationId,
        UUID therapistId,
        UUID treatmentId,
        Instant startsAt,
        Instant endsAt,
        Instant previousStartsAt,
        Instant holdUntil,
        Instant checkInClosesAt,
        boolean lateCancellation,
        String email,
        String firstName,
        String locale,
        Instant usefulUntil) {

    public MessageRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(email, "email");
    }
}
