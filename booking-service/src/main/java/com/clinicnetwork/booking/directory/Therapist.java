package com.clinicnetwork.booking.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A therapist as booking sees them: where they work, what they offer and their weekly hours. */
public record Therapist(UUID id, boolean active, Set<UUID> locationIds, Set<UUID> treatmentIds, List<WorkingHours> workingHours) {

    public Therapist {
        locationIds = Set.copyOf(locationIds);
        treatmentIds = Set.copyOf(treatmentIds);
        workingHours = List.copyOf(workingHours);
    }

    public boolean worksAt(UUID locationId) {
        return locationIds.contains(locationId);
    }

    public boolean offers(UUID treatmentId) {
        return treatmentIds.contains(treatmentId);
    }

    public List<WorkingHours> workingHoursAt(UUID locationId) {
        return workingHours.stream().filter(block -> block.locationId().equals(locationId)).toList();
    }
}
