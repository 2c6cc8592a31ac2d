package com.clinicnetwork.notification.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Everything notification-service holds about one client (GDPR art. 15). Messages are rendered when they are
 * sent and their text is not stored, so a notification shows what it was rendered from, not its content.
 * Copies to the chain's own systems (webhook deliveries) are left out, as in the notifications API.
 *
 * @param decisions   the client's consents and erasure as this service last heard of them; null if never
 * @param preferences the stored notification preferences, column by column; null if the client has none
 */
public record NotificationExport(
        UUID clientId,
        Decisions decisions,
        JsonNode preferences,
        List<AppointmentCopy> appointments,
        List<ReminderEntry> reminders,
        List<Delivery> notifications) {

    public record Decisions(boolean careMessages, boolean marketing, Instant consentsChangedAt, Instant erasedAt) {
    }

    /** The copy of an appointment (with the client's contact data) that messages are rendered from. */
    public record AppointmentCopy(UUID appointmentId, long version, String status, UUID locationId, UUID therapistId,
            UUID treatmentId, Instant startsAt, Instant endsAt, String email, String firstName, String locale,
            Instant updatedAt) {
    }

    public record ReminderEntry(UUID appointmentId, String leadTime, Instant dueAt, Instant startsAt, String status,
            Instant processedAt) {
    }

    public record Delivery(UUID id, UUID appointmentId, UUID offerId, String channel, String template, String recipient,
            String recipientName, String locale, Instant startsAt, String status, String skipReason, int attempts,
            Instant createdAt, Instant sentAt) {
    }
}
