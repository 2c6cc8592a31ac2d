package com.clinicnetwork.notification.history;

import com.clinicnetwork.notification.delivery.NotificationStatus;
import com.clinicnetwork.notification.message.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * A delivery as the history lists it.
 *
 * @param appointmentId the appointment its message is about; null for a waitlist offer and a course confirmation
 * @param seriesId      the course a course confirmation is about; null for every other message
 * @param lastError     the latest failed attempt's reason, stripped of contact data when it was recorded
 */
public record NotificationRecord(UUID id, UUID appointmentId, UUID seriesId, UUID clientId, UUID locationId, Channel channel, String template,
        NotificationStatus status, int attempts, Instant createdAt, Instant sentAt, String lastError, String recipient) {
}
