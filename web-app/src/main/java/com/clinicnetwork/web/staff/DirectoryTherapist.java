package com.clinicnetwork.web.staff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A therapist of the directory with everything staff screens use: profile, where they work, what they offer and
 * their schedule (weekly hours and extra hours in the location's local time, time off as instants).
 */
public record DirectoryTherapist(UUID id, String displayName, String bio, String licenceNumber, List<String> specialties,
        List<LocationRef> locations, List<TreatmentRef> treatments, List<WorkingHours> workingHours, List<TimeOff> timeOff,
        List<ExtraHours> extraHours, boolean active, long version) {

    public DirectoryTherapist {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        locations = locations == null ? List.of() : List.copyOf(locations);
        treatments = treatments == null ? List.of() : List.copyOf(treatments);
        workingHours = workingHours == null ? List.of() : List.copyOf(workingHours);
        timeOff = timeOff == null ? List.of() : List.copyOf(timeOff);
        extraHours = extraHours == null ? List.of() : List.copyOf(extraHours);
    }

    public record LocationRef(UUID id, String name, String timeZone) {
    }

    public record TreatmentRef(UUID id, String name, int durationMinutes) {
    }

    public record WorkingHours(UUID locationId, DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {
    }

    public record TimeOff(UUID id, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    public record ExtraHours(UUID id, UUID locationId, LocalDate date, LocalTime startsAt, LocalTime endsAt) {
    }
}
