package com.clinicnetwork.booking.appointment;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * @param startsAt    the new start, ISO-8601 with offset
 * @param therapistId another therapist at the same location, or null to keep the current one
 */
public record RescheduleRequest(@NotNull OffsetDateTime startsAt, @Nullable UUID therapistId) {
}
