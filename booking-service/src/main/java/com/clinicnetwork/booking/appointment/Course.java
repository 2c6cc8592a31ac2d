package com.clinicnetwork.booking.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sessions with one therapist, booked together.
 *
 * @param clientId whom for; clients may leave it null (themselves)
 * @param seriesId the series row the appointments belong to
 */
public record Course(UUID clientId, UUID therapistId, UUID locationId, UUID treatmentId, List<Instant> starts,
        String intakeNotes, UUID seriesId) {

    public Course {
        starts = List.copyOf(starts);
    }
}
