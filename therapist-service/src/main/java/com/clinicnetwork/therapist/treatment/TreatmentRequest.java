package com.clinicnetwork.therapist.treatment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A treatment as an admin creates or replaces it.
 *
 * @param requiredSpecialty one of the managed specialties, e.g. {@code KNEE_REHABILITATION}
 * @param bufferMinutes     defaults to 0
 * @param aftercarePlan     the home-care plan the client gets after the session
 * @param active            defaults to true; false deactivates it (no new bookings)
 * @param roomKind          the kind of room a session needs ({@code TREATMENT_TABLE} or {@code GYM_AREA}); omitted, the
 *                          treatment needs no room
 */
public record TreatmentRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @Min(0) @Max(120) @Nullable Integer bufferMinutes,
        @NotBlank String requiredSpecialty,
        @Size(max = 4000) @Nullable String aftercarePlan,
        @NotNull @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) BigDecimal price,
        @Nullable Boolean active,
        @Schema(allowableValues = {"TREATMENT_TABLE", "GYM_AREA"}) @Nullable String roomKind) {
}
