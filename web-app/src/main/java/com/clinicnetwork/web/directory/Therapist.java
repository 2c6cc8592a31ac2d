package com.clinicnetwork.web.directory;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A therapist as the directory shows them to clients: bio, specialties, where they work and what they offer. */
public record Therapist(UUID id, String displayName, String bio, List<String> specialties, List<LocationSummary> locations,
        List<TreatmentSummary> treatments, boolean active) {

    public Therapist {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        locations = locations == null ? List.of() : List.copyOf(locations);
        treatments = treatments == null ? List.of() : List.copyOf(treatments);
    }

    public record LocationSummary(UUID id, String name, String timeZone) {
    }

    public record TreatmentSummary(UUID id, String name, int durationMinutes, BigDecimal price) {
    }

    public boolean worksAt(UUID locationId) {
        return locations.stream().anyMatch(location -> location.id().equals(locationId));
    }

    public boolean offers(UUID treatmentId) {
        return treatments.stream().anyMatch(treatment -> treatment.id().equals(treatmentId));
    }
}
