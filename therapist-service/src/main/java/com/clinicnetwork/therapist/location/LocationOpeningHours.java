package com.clinicnetwork.therapist.location;

import com.clinicnetwork.therapist.schedule.OpeningHoursLookup;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The opening hours of a set of locations; a location not in the set is never open. */
public final class LocationOpeningHours implements OpeningHoursLookup {

    private final Map<UUID, WeeklyOpeningHours> byLocation;

    private LocationOpeningHours(Map<UUID, WeeklyOpeningHours> byLocation) {
        this.byLocation = byLocation;
    }

    public static LocationOpeningHours of(Collection<Location> locations) {
        return new LocationOpeningHours(locations.stream()
                .collect(Collectors.toUnmodifiableMap(Location::id, Location::weeklyOpeningHours)));
    }

    @Override
    public boolean isOpen(UUID locationId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
        WeeklyOpeningHours hours = byLocation.get(locationId);
        return hours != null && hours.covers(day, startsAt, endsAt);
    }

    @Override
    public String describe(UUID locationId, DayOfWeek day) {
        WeeklyOpeningHours hours = byLocation.get(locationId);
        return hours == null ? "unknown location" : hours.describe(day);
    }
}
