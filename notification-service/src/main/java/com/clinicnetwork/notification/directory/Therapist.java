package com.clinicnetwork.notification.directory;

import java.util.UUID;

/** A therapist as messages name them. */
public record Therapist(UUID id, long version, String displayName) {
}
