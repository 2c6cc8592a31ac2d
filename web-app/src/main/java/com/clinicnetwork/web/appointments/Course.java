package com.clinicnetwork.web.appointments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A course (appointment series) with the sessions the caller may see, earliest first. */
public record Course(UUID id, UUID clientId, UUID therapistId, UUID locationId, UUID treatmentId, int intervalWeeks,
        int occurrences, OffsetDateTime createdAt, List<Appointment> appointments) {

    public Course {
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
    }

    /** Whether a session is still booked and to come, which cancelling the course would cancel. */
    public boolean hasUpcoming(OffsetDateTime now) {
        return appointments.stream().anyMatch(session -> session.changeableAt(now));
    }
}
