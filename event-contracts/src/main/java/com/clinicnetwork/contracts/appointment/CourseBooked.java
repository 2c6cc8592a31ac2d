package com.clinicnetwork.contracts.appointment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code course.booked}, published on {@code clinic.appointments.v1} keyed by the course id: a course of
 * sessions booked in one go, so the client gets one confirmation listing every session. Each session is also
 * published as its own {@code appointment.booked} carrying the course id.
 */
public record CourseBooked(
        @NotNull UUID seriesId,
        @NotNull UUID clientId,
        @NotNull UUID therapistId,
        @NotNull UUID locationId,
        @NotNull UUID treatmentId,
        @NotEmpty List<@NotNull @Valid CourseSession> sessions,
        @NotNull @Valid ClientContact client) {

    public CourseBooked {
        sessions = List.copyOf(sessions);
    }
}
