package com.clinicnetwork.web.staff;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A location of the directory as staff read it: its time zone is where every time of a session there is shown,
 * and its opening hours frame the front desk's day; its coordinates place it for clients waiting nearby.
 */
public record DirectoryLocation(UUID id, String name, String address, String timeZone, List<OpeningHours> openingHours,
        boolean active, long version, Coordinates coordinates) {

    public DirectoryLocation {
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public List<OpeningHours> openingHoursOn(DayOfWeek day) {
        return openingHours.stream().filter(block -> block.dayOfWeek() == day).toList();
    }

    /** Where the location is, in WGS 84 degrees; null on the location until an admin sets them. */
    public record Coordinates(double latitude, double longitude) {
    }

    /** A weekly block in which the location is open, in its local time. */
    public record OpeningHours(DayOfWeek dayOfWeek, LocalTime opensAt, LocalTime closesAt) {
    }
}
