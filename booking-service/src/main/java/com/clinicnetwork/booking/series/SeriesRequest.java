package com.clinicnetwork.booking.series;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A course: {@code occurrences} sessions, {@code intervalWeeks} apart at the same local time, from {@code firstStartsAt}.
 *
 * @param clientId whom for; clients may leave it out (themselves)
 */
public record SeriesRequest(
        @Nullable UUID clientId,
        @NotNull UUID therapistId,
        @NotNull UUID locationId,
        @NotNull UUID treatmentId,
        @NotNull OffsetDateTime firstStartsAt,
        @NotNull @Min(1) @Max(12) Integer intervalWeeks,
        @NotNull @Min(2) @Max(26) Integer occurrences,
        @Size(max = 2000) @Nullable String intakeNotes) {
}
