package com.clinicnetwork.booking.waitlist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Waiting either at one location ({@code locationId} and {@code treatmentId}, optionally {@code therapistId}) or across
 * nearby locations ({@code near} and {@code specialty}, optionally {@code treatmentId}); see {@link JoinWaitlist}.
 *
 * @param clientId    whom for; clients may leave it out (themselves)
 * @param locationId  the one location to wait at; not with {@code near}
 * @param treatmentId the treatment; with {@code near} it may be left out to take any treatment requiring the specialty
 * @param therapistId one therapist only, or null for anyone at the location who offers the treatment; not with {@code near}
 * @param specialty   waiting nearby: the specialty the therapist must have, e.g. {@code KNEE_REHABILITATION}
 * @param near        waiting nearby: the area whose locations the client would go to
 * @param windowStart earliest start the client can make, ISO-8601 with offset
 * @param windowEnd   latest end the client can make
 * @param intakeNotes what the client wants the therapist to know beforehand, as at booking: the appointment booked from
 *                    an accepted offer carries them; never leaves this service in events
 */
public record JoinWaitlistRequest(@Nullable UUID clientId, @Nullable UUID locationId, @Nullable UUID treatmentId,
        @Nullable UUID therapistId, @Pattern(regexp = "[A-Z][A-Z_]{0,39}") @Nullable String specialty,
        @Valid @Nullable Near near, @NotNull OffsetDateTime windowStart, @NotNull OffsetDateTime windowEnd,
        @Size(max = 2000) @Nullable String intakeNotes) {

    /**
     * The area around a location or a point; give {@code locationId} or both coordinates, not both.
     *
     * @param latitude  WGS 84 degrees; personal data (it may be the client's home): erased with the client
     * @param radiusKm  how far the client will travel, 1 to 100 km
     */
    public record Near(@Nullable UUID locationId,
            @DecimalMin("-90") @DecimalMax("90") @Nullable Double latitude,
            @DecimalMin("-180") @DecimalMax("180") @Nullable Double longitude,
            @NotNull @Min(Nearby.MIN_RADIUS_KM) @Max(Nearby.MAX_RADIUS_KM) Integer radiusKm) {
    }
}
