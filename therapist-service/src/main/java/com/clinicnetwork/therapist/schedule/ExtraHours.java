package com.clinicnetwork.therapist.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One-off working hours on a date at a location, in the location's local time, on top of the weekly hours. */
public record ExtraHours(UUID id, UUID locationId, LocalDate date, LocalTime startsAt, LocalTime endsAt) {

    boolean overlaps(ExtraHours other) {
        return date.equals(other.date) && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    boolean overlaps(WorkingHoursBlock weekly) {
        return date.getDayOfWeek() == weekly.dayOfWeek() && startsAt.isBefore(weekly.endsAt())
                && weekly.startsAt().isBefore(endsAt);
    }

    public com.clinicnetwork.contracts.directory.ExtraHours toContract() {
        return new com.clinicnetwork.contracts.directory.ExtraHours(id, locationId, date, startsAt, endsAt);
    }
}
