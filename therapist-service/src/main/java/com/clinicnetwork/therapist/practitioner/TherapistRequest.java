package com.clinicnetwork.therapist.practitioner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new therapist. Working hours are set afterwards with {@code PUT /api/v1/therapists/{id}/working-hours}.
 *
 * @param specialties  names from the managed list, e.g. {@code SPORTS_MASSAGE}
 * @param treatmentIds treatments offered; each must require one of {@code specialties}. Defaults to none
 * @param active       defaults to true
 * @param email        where the platform writes to the therapist (a client's worsening check-in); optional, blank is
 *                     none, otherwise an address {@link TherapistEmail} accepts. Only clinic admins see and set it
 */
public record TherapistRequest(
        @NotBlank @Size(max = 200) String displayName,
        @Size(max = 4000) @Nullable String bio,
        @NotBlank @Size(max = 100) String licenceNumber,
        @NotEmpty @Size(max = 20) List<@NotBlank String> specialties,
        @NotEmpty @Size(max = 50) Set<@NotNull UUID> locationIds,
        @Size(max = 100) @Nullable Set<@NotNull UUID> treatmentIds,
        @Nullable Boolean active,
        @Size(max = 254) @Nullable String email) {

    /** A therapist without an email address. */
    public TherapistRequest(String displayName, String bio, String licenceNumber, List<String> specialties, Set<UUID> locationIds,
            Set<UUID> treatmentIds, Boolean active) {
        this(displayName, bio, licenceNumber, specialties, locationIds, treatmentIds, active, null);
    }
}
