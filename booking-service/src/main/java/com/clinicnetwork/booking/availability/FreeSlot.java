package com.clinicnetwork.booking.availability;

import java.time.Instant;
import java.util.UUID;

/** A start time at which the therapist can take the treatment; {@code endsAt} is the session's end, without buffer. */
public record FreeSlot(UUID therapistId, Instant startsAt, Instant endsAt) {
}
