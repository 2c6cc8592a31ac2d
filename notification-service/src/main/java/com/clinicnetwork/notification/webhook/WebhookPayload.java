package com.clinicnetwork.notification.webhook;

import com.clinicnetwork.notification.message.AppointmentVersion;
import com.clinicnetwork.notification.message.CancellationNotice;
import com.clinicnetwork.notification.message.CourseConfirmation;
import com.clinicnetwork.notification.message.MessageContent;
import com.clinicnetwork.notification.message.RescheduleNotice;
import com.clinicnetwork.notification.message.Visit;
import com.clinicnetwork.notification.message.WaitlistOffer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a webhook receives: which message went out about which appointment or offer, with ids and times only.
 * Names, email addresses and phone numbers stay in this service; the clinic's systems look clients up by id. Its JSON
 * is a public contract of the chain's systems: fields that a kind of message does not have are null
 * ({@code lateCancellation} false), as they always were.
 *
 * @param deliveryId the same on every retry of this delivery, so a receiver can drop repeats
 * @param seriesId   on a course confirmation: the course; otherwise null
 * @param sessions   on a course confirmation: every session, earliest first (the times above are the first's);
 *                   otherwise null
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
        UUID seriesId,
        List<CourseConfirmation.Session> sessions,
        Instant createdAt) {

    /** The copy of a delivery's message: its content's ids and times, and when the delivery was created. */
    public static WebhookPayload of(UUID deliveryId, MessageContent content, Instant createdAt) {
        Visit visit = content.visit();
        Optional<AppointmentVersion> appointment = content.aboutAppointment();
        Optional<WaitlistOffer> offer = content instanceof WaitlistOffer waitlistOffer ? Optional.of(waitlistOffer) : Optional.empty();
        Optional<Instant> previousStartsAt = content instanceof RescheduleNotice notice ? notice.previousStartsAt() : Optional.empty();
        Optional<CourseConfirmation> course = content instanceof CourseConfirmation confirmation ? Optional.of(confirmation)
                : Optional.empty();
        return new WebhookPayload(deliveryId, content.type().template(), appointment.map(AppointmentVersion::id).orElse(null),
                appointment.map(AppointmentVersion::version).orElse(null), offer.map(WaitlistOffer::offerId).orElse(null),
                visit.clientId(), visit.locationId(), visit.therapistId(), visit.treatmentId(), visit.startsAt(), visit.endsAt(),
                previousStartsAt.orElse(null), offer.map(WaitlistOffer::holdUntil).orElse(null),
                content instanceof CancellationNotice notice && notice.lateCancellation(),
                course.map(CourseConfirmation::seriesId).orElse(null), course.map(CourseConfirmation::sessions).orElse(null),
                createdAt);
    }
}
