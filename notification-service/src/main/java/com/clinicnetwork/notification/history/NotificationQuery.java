package com.clinicnetwork.notification.history;

import java.util.Optional;
import java.util.UUID;

/** Filters of a notification search, always narrowed to what the caller may see. */
public record NotificationQuery(Optional<UUID> appointmentId, Optional<UUID> clientId, Visibility visibility) {
}
