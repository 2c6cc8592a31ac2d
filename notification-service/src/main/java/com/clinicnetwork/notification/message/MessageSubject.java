package com.clinicnetwork.notification.message;

import com.clinicnetwork.notification.directory.DirectoryRepository.Location;
import com.clinicnetwork.notification.directory.DirectoryRepository.Therapist;
import com.clinicnetwork.notification.directory.DirectoryRepository.Treatment;
import java.util.Optional;

/**
 * The directory entries a message mentions. Any of them may still be missing (its event has not arrived
 * yet); the message then uses neutral wording instead.
 */
public record MessageSubject(Optional<Location> location, Optional<Therapist> therapist, Optional<Treatment> treatment) {

    public static MessageSubject unknown() {
        return new MessageSubject(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
