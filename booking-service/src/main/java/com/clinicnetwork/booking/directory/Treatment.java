package com.clinicnetwork.booking.directory;

import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A bookable treatment: how long the session takes, how long the therapist needs afterwards, and the kind of room the
 * session needs at the location ({@code null}: none).
 */
public record Treatment(UUID id, Duration duration, Duration buffer, boolean active, @Nullable String roomKind) {

    public boolean needsRoom() {
        return roomKind != null;
    }
}
