package com.clinicnetwork.booking.appointment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * @param clientId    whom the appointment is for; clients may leave it out (it is then themselves)
 * @param startsAt    ISO-8601 with offset
 * @param intakeNotes what the client wants the therapist to know beforehand; never leaves this service in events
 */
public record BookAppointmentRequest(
        @Schema(description = "Whom for; a client leaves it out (themselves).") @Nullable UUID clientId,
        // The local run's demo chain (docs/conventions.md), so "Try it out" books something real there.
        @Schema(example = "20000000-0000-4000-8000-000000000001") @NotNull UUID therapistId,
        @Schema(example = "10000000-0000-4000-8000-000000000001") @NotNull UUID locationId,
        @Schema(example = "30000000-0000-4000-8000-000000000001") @NotNull UUID treatmentId,
        @Schema(description = "A start a search of free slots offered, with its offset.", example = "2027-03-01T10:00:00Z")
        @NotNull OffsetDateTime startsAt,
        @Schema(description = "What the client wants the therapist to know beforehand.", example = "Knee pain after running.")
        @Size(max = 2000) @Nullable String intakeNotes) {
}
