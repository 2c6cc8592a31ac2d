package com.clinicnetwork.therapist.location;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A room as an admin adds or replaces it.
 *
 * @param name   unique at the location, whatever the letter case, e.g. {@code Room 2}
 * @param kind   {@code TREATMENT_TABLE} or {@code GYM_AREA}
 * @param active defaults to true; false takes the room out of booking (rooms are never deleted)
 */
public record RoomRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Schema(allowableValues = {"TREATMENT_TABLE", "GYM_AREA"}) String kind,
        @Nullable Boolean active) {
}
