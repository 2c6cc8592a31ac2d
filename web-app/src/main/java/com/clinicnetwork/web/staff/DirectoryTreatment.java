package com.clinicnetwork.web.staff;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A treatment of the directory as staff read it.
 *
 * @param roomKind the kind of room a session needs ({@code TREATMENT_TABLE}, {@code GYM_AREA}); null when it needs none
 */
public record DirectoryTreatment(UUID id, String name, int durationMinutes, int bufferMinutes, String requiredSpecialty,
        String aftercarePlan, BigDecimal price, boolean active, long version, String roomKind) {
}
