package com.clinicnetwork.contracts.appointment;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One session of a booked course. */
public record CourseSession(
        @NotNull UUID appointmentId,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt) {
}
