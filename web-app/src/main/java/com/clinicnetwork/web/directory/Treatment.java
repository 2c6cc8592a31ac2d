package com.clinicnetwork.web.directory;

import java.math.BigDecimal;
import java.util.UUID;

public record Treatment(UUID id, String name, int durationMinutes, String requiredSpecialty, BigDecimal price, boolean active) {
}
