package com.clinicnetwork.contracts.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;

/** Payload of {@code treatment.upserted}: what can be booked, how long it takes and what the client does afterwards. */
public record TreatmentState(
        @NotNull UUID id,
        @PositiveOrZero long version,
        @NotBlank String name,
        @Positive int durationMinutes,
        @PositiveOrZero int bufferMinutes,
        @NotBlank String requiredSpecialty,
        String aftercarePlan,
        boolean active) {
}
