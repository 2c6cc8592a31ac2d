package com.clinicnetwork.notification.directory;

import java.util.Optional;

/**
 * The entries of the directory read model a message mentions. Any of them may still be missing (its event has not
 * arrived yet); the message then uses neutral wording instead.
 */
public record DirectoryEntries(Optional<Location> location, Optional<Therapist> therapist, Optional<Treatment> treatment) {

    public static DirectoryEntries unknown() {
        return new DirectoryEntries(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
