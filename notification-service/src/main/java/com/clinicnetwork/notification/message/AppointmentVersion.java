package com.clinicnetwork.notification.message;

import java.util.Objects;
import java.util.UUID;

/** An appointment at one of its versions (a reschedule keeps the id and bumps the version). */
public record AppointmentVersion(UUID id, long version) {

    public AppointmentVersion {
        Objects.requireNonNull(id, "id");
    }
}
