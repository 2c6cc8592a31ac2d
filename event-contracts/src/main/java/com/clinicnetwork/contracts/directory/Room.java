package com.clinicnetwork.contracts.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * A room of a location that sessions need as well as a therapist, e.g. a treatment table or a gym area.
 *
 * @param kind what the room is for, as treatments name it in {@link TreatmentState#roomKind()}, e.g.
 *             {@code TREATMENT_TABLE} or {@code GYM_AREA}
 * @param active whether sessions may be booked into it; an inactive room keeps its past sessions
 */
public record Room(
        @NotNull UUID id,
        @NotBlank String name,
        @NotBlank String kind,
        boolean active) {
}
