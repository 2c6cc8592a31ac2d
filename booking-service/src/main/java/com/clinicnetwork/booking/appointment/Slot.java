package com.clinicnetwork.booking.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * The time a booking takes from a therapist: the session itself, and until {@code blockedUntil} the
 * buffer after it (room turnover, notes) in which the therapist cannot be booked again.
 */
public record Slot(UUID therapistId, Instant startsAt, Instant endsAt, Instant blockedUntil) {
}
