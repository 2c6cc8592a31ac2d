package com.clinicnetwork.contracts.directory;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A period in which a therapist sees no clients at any location, overriding their weekly hours.
 * The reason stays in therapist-service: consumers only need to know the therapist is away.
 */
public record TimeOff(
        @NotNull UUID id,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt) {
}
