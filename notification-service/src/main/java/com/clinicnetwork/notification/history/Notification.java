package com.clinicnetwork.notification.history;

import com.clinicnetwork.notification.message.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * A message to one recipient over one channel and the state of its delivery, with the details it is rendered
 * from, so it can be (re)sent without the event that caused it.
 *
 * @param appointmentId      the appointment it is about; null for a waitlist offer
 * @param appointmentVersion the appointment version that caused it; null for a waitlist offer
 * @param offerId            the waitlist offer it announces, if any
 * @param occasion           what caused it; one notification per occasion and channel (and webhook subscription)
 * @param previousStartsAt   on a reschedule notice: the old start
 * @param holdUntil          on a waitlist offer: until when the slot is held
 * @param checkInClosesAt    on an aftercare message: until when the client may answer its check-in (as booking-service
 *                           announced it; null from producers older than that), when the message's link expires
 * @param lateCancellation   on a cancellation notice: whether it fell inside the late-cancellation window
 * @param subscriptionId     on a webhook delivery: the subscription it goes to
 * @param recipient          email address, phone number (E.164) or webhook URL
 * @param recipientName      the client's first name; null on webhook deliveries
 */
public record Notification(
        UUID id,
        UUID appointmentId,
        Long appointmentVersion,
        UUID offerId,
        String occasion,
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
        Channel channel,
        String template,
        UUID subscriptionId,
        String recipient,
        String recipientName,
        String locale,
        NotificationStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant sentAt,
        String lastError) {
}
