package com.clinicnetwork.contracts.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Payload of {@code therapist.upserted}: the therapist's public profile and weekly schedule.
 * The schedule travels with the therapist so that, on the compacted topic, the latest record per
 * therapist id is all a new consumer needs.
 */
public record TherapistState(
        @NotNull UUID id,
        @PositiveOrZero long version,
        @NotBlank String displayName,
        @NotNull Set<String> specialties,
        @NotNull Set<UUID> locationIds,
        @NotNull Set<UUID> treatmentIds,
        @NotNull List<@Valid WeeklyWorkingHours> workingHours,
        boolean active) {
}
