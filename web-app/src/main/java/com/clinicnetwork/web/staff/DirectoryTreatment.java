package com.clinicnetwork.web.staff;

import java.math.BigDecimal;
import java.util.UUID;

public record DirectoryTreatment(UUID id, String name, int durationMinutes, int bufferMinutes, String requiredSpecialty,
        String aftercarePlan, BigDecimal price, boolean active, long version) {
}
