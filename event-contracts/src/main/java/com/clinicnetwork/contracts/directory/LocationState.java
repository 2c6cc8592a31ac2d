package com.clinicnetwork.contracts.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;

/** Payload of {@code location.upserted}: the full current state of one clinic location. */
public record LocationState(
        @NotNull UUID id,
        @PositiveOrZero long version,
        @NotBlank String name,
        @NotBlank String address,
        @NotBlank String timeZone,
        boolean active) {
}
