package com.clinicnetwork.contracts.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Payload of {@code treatment.upserted}: what can be booked, how long it takes and what the client does afterwards.
 *
 * @param price    the price of one session in the chain's currency; null in events of producers older than the field
 * @param roomKind the kind of room a session needs (see {@link Room#kind()}); null when it needs none, and in events of
 *                 producers older than the field
 */
public record TreatmentState(
        @NotNull UUID id,
        @PositiveOrZero long version,
        @NotBlank String name,
        @Positive int durationMinutes,
        @PositiveOrZero int bufferMinutes,
        @NotBlank String requiredSpecialty,
        String aftercarePlan,
        boolean active,
        @PositiveOrZero BigDecimal price,
        String roomKind) {

    /** A treatment that needs no room, as producers older than rooms published it. */
    public TreatmentState(UUID id, long version, String name, int durationMinutes, int bufferMinutes,
            String requiredSpecialty, String aftercarePlan, boolean active, BigDecimal price) {
        this(id, version, name, durationMinutes, bufferMinutes, requiredSpecialty, aftercarePlan, active, price, null);
    }

    /** A treatment without a price, as producers older than the field published it. */
    public TreatmentState(UUID id, long version, String name, int durationMinutes, int bufferMinutes,
            String requiredSpecialty, String aftercarePlan, boolean active) {
        this(id, version, name, durationMinutes, bufferMinutes, requiredSpecialty, aftercarePlan, active, null, null);
    }
}
