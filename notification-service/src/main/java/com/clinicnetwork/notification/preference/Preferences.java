package com.clinicnetwork.notification.preference;

import java.util.UUID;
import org.springframework.stereotype.Service;

/** A client's notification preferences, or the defaults while they have not chosen any. */
@Service
public class Preferences {

    private final PreferenceRepository repository;

    Preferences(PreferenceRepository repository) {
        this.repository = repository;
    }

    public NotificationPreferences of(UUID clientId) {
        return repository.find(clientId).orElseGet(() -> NotificationPreferences.defaults(clientId));
    }
}
