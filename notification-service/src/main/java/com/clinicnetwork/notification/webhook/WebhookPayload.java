package com.clinicnetwork.notification.webhook;

import com.clinicnetwork.notification.history.Notification;
import java.time.Instant;
import java.util.UUID;

/**
 * What a webhook receives: which message went out about which appointment or offer, with ids and times only.
 * Names, email addresses and phone numbers stay in this service; the clinic's systems look clients up by id.
 *
 * @param deliveryId the same on every retry of this delivery, so a receiver can drop repeats
 */
public record WebhookPayload(
        UUID deliveryId,
        String messageType,
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
        boolean lateCancellation,
        Instant createdAt) {

    static WebhookPayload of(Notification notification) {
        return new WebhookPayload(notification.id(), notification.template(), notification.appointmentId(),
                notification.appointmentVersion(), notification.offerId(), notification.clientId(), notification.locationId(),
                notification.therapistId(), notification.treatmentId(), notification.startsAt(), notification.endsAt(),
                notification.previousStartsAt(), notification.holdUntil(), notification.lateCancellation(),
                notification.createdAt());
    }
}
