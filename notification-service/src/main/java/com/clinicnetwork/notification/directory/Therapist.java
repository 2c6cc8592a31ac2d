package com.clinicnetwork.notification.directory;

import java.util.UUID;

/**
 * A therapist as messages name them.
 *
 * @param email where alerts about their clients go; null while the directory has none
 */
public record Therapist(UUID id, long version, String displayName, String email) {
}
