package com.clinicnetwork.notification.history;

import com.clinicnetwork.notification.delivery.NotificationStatus;
import com.clinicnetwork.notification.message.Channel;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification as the API shows it; {@code recipient} is absent for callers who may not see it. A course
 * confirmation is about a course ({@code seriesId}) rather than one appointment.
 * {@code lastError} is the latest failed attempt's reason, stripped of contact data when it was recorded.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationView(
        UUID id,
        @Nullable UUID appointmentId,
        @Nullable UUID seriesId,
        Channel channel,
        String template,
        NotificationStatus status,
        int attempts,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime sentAt,
        @Nullable String lastError,
        @Nullable String recipient) {

    static NotificationView of(NotificationRecord notification, Visibility visibility) {
        return new NotificationView(
                notification.id(),
                notification.appointmentId(),
                notification.seriesId(),
                notification.channel(),
                notification.template(),
                notification.status(),
                notification.attempts(),
                notification.createdAt().atOffset(ZoneOffset.UTC),
                notification.sentAt() == null ? null : notification.sentAt().atOffset(ZoneOffset.UTC),
                notification.lastError(),
                visibility.mayReadRecipient(notification) ? notification.recipient() : null);
    }
}
