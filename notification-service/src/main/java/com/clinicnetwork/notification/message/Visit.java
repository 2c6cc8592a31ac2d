package com.clinicnetwork.notification.message;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Who is to come, where, to whom, for which treatment and when: what every message is about. */
public record Visit(UUID clientId, UUID locationId, UUID therapistId, UUID treatmentId, Instant startsAt, Instant endsAt) {

    public Visit {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(therapistId, "therapistId");
        Objects.requireNonNull(treatmentId, "treatmentId");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
