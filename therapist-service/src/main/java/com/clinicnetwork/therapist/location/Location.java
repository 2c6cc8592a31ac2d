package com.clinicnetwork.therapist.location;

import com.clinicnetwork.contracts.directory.LocationState;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A clinic location of the chain; {@code timeZone} is the IANA zone its opening and working hours are in.
 *
 * @param openingHours in week order
 * @param rooms        by name, active or not; changed through their own endpoints, each change a new version of the location
 * @param coordinates  where it is; null until an admin sets them
 */
public record Location(UUID id, String name, String address, String timeZone, List<OpeningHours> openingHours,
        List<Room> rooms, boolean active, long version, @Nullable Coordinates coordinates) {

    public Location {
        openingHours = List.copyOf(openingHours);
        rooms = List.copyOf(rooms);
    }

    public WeeklyOpeningHours weeklyOpeningHours() {
        return WeeklyOpeningHours.of(openingHours);
    }

    public LocationState toState() {
        return new LocationState(id, version, name, address, timeZone, active,
                openingHours.stream().map(OpeningHours::toContract).toList(), rooms.stream().map(Room::toContract).toList(),
                coordinates == null ? null : coordinates.toContract());
    }
}
