package com.clinicnetwork.booking.aftercare;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * @param score   how it feels, 0 (no pain at all) to 10 (the worst imaginable); a JSON integer, not 5.5 or "5"
 * @param comment anything the client wants their therapist to know; blank is none
 */
public record CheckInRequest(
        @NotNull @Min(0) @Max(10) @JsonDeserialize(using = WholeNumberDeserializer.class) Integer score,
        @Size(max = 1000) @Nullable String comment) {

    String commentOrNull() {
        return comment == null || comment.isBlank() ? null : comment;
    }
}
