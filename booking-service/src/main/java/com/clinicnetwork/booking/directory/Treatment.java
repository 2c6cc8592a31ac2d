package com.clinicnetwork.booking.directory;

import java.time.Duration;
import java.util.UUID;

/** A bookable treatment: how long the session takes and how long the therapist needs afterwards. */
public record Treatment(UUID id, Duration duration, Duration buffer, boolean active) {
}
