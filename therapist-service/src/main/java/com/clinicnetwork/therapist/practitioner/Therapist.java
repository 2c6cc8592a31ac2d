package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.therapist.schedule.ExtraHours;
import com.clinicnetwork.therapist.schedule.TimeOff;
import com.clinicnetwork.therapist.schedule.WorkingHoursBlock;
import com.clinicnetwork.therapist.specialty.Specialty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A therapist's profile, where they work, what they offer and their schedule: weekly hours, time off, extra hours.
 *
 * @param email where the platform writes to them (a client's worsening check-in); null when not known
 */
public record Therapist(UUID id, String displayName, String bio, String licenceNumber, Set<Specialty> specialties,
        Set<UUID> locationIds, Set<UUID> treatmentIds, List<WorkingHoursBlock> workingHours, List<TimeOff> timeOff,
        List<ExtraHours> extraHours, boolean active, long version, String email) {

    /** The same therapist with another profile; the schedule is kept. */
    Therapist withProfile(Therapist profile) {
        return new Therapist(id, profile.displayName, profile.bio, profile.licenceNumber, profile.specialties,
                profile.locationIds, profile.treatmentIds, workingHours, timeOff, extraHours, profile.active, profile.version,
                profile.email);
    }

    /** Whether {@code other} differs from this therapist in anything but the bio. */
    boolean differsBeyondBio(Therapist other) {
        return !displayName.equals(other.displayName) || !licenceNumber.equals(other.licenceNumber)
                || !specialties.equals(other.specialties) || !locationIds.equals(other.locationIds)
                || !treatmentIds.equals(other.treatmentIds) || active != other.active || !Objects.equals(email, other.email);
    }

    public TherapistState toState() {
        return new TherapistState(id, version, displayName,
                specialties.stream().map(Specialty::name).collect(Collectors.toCollection(LinkedHashSet::new)),
                locationIds, treatmentIds,
                workingHours.stream().map(WorkingHoursBlock::toContract).toList(),
                active,
                timeOff.stream().map(TimeOff::toContract).toList(),
                extraHours.stream().map(ExtraHours::toContract).toList(),
                email);
    }
}
