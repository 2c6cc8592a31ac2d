package com.clinicnetwork.therapist.therapist;

import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.therapist.schedule.WorkingHoursBlock;
import com.clinicnetwork.therapist.specialty.Specialty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A therapist's profile, where they work, what they offer and their weekly hours. */
public record Therapist(UUID id, String displayName, String bio, String licenceNumber, Set<Specialty> specialties,
        Set<UUID> locationIds, Set<UUID> treatmentIds, List<WorkingHoursBlock> workingHours, boolean active, long version) {

    public TherapistState toState() {
        return new TherapistState(id, version, displayName,
                specialties.stream().map(Specialty::name).collect(Collectors.toCollection(LinkedHashSet::new)),
                locationIds, treatmentIds,
                workingHours.stream().map(WorkingHoursBlock::toContract).toList(),
                active);
    }
}
