package com.clinicnetwork.contracts.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Payload of {@code therapist.upserted}: the therapist's public profile and complete schedule.
 * The schedule (weekly hours, time off, extra hours) travels with the therapist so that, on the
 * compacted topic, the latest record per therapist id is all a new consumer needs.
 *
 * @param timeOff    periods away; empty in events of producers older than the field
 * @param extraHours one-off working hours on dates; empty in events of producers older than the field
 * @param email      where the platform writes to the therapist (e.g. a client's worsening check-in); null when not
 *                   known, and in events of producers older than the field
 */
public record TherapistState(
        @NotNull UUID id,
        @PositiveOrZero long version,
        @NotBlank String displayName,
        @NotNull Set<String> specialties,
        @NotNull Set<UUID> locationIds,
        @NotNull Set<UUID> treatmentIds,
        @NotNull List<@Valid WeeklyWorkingHours> workingHours,
        boolean active,
        @NotNull List<@NotNull @Valid TimeOff> timeOff,
        @NotNull List<@NotNull @Valid ExtraHours> extraHours,
        @Email String email) {

    public TherapistState {
        // Records published before these fields existed stay on the compacted topic and must still be readable.
        timeOff = timeOff == null ? List.of() : List.copyOf(timeOff);
        extraHours = extraHours == null ? List.of() : List.copyOf(extraHours);
    }

    /** A therapist without an email address, as producers older than the field published it. */
    public TherapistState(UUID id, long version, String displayName, Set<String> specialties, Set<UUID> locationIds,
            Set<UUID> treatmentIds, List<WeeklyWorkingHours> workingHours, boolean active, List<TimeOff> timeOff,
            List<ExtraHours> extraHours) {
        this(id, version, displayName, specialties, locationIds, treatmentIds, workingHours, active, timeOff, extraHours,
                null);
    }

    /** A therapist with weekly hours only, as producers older than time off and extra hours published it. */
    public TherapistState(UUID id, long version, String displayName, Set<String> specialties, Set<UUID> locationIds,
            Set<UUID> treatmentIds, List<WeeklyWorkingHours> workingHours, boolean active) {
        this(id, version, displayName, specialties, locationIds, treatmentIds, workingHours, active, List.of(), List.of(),
                null);
    }
}
