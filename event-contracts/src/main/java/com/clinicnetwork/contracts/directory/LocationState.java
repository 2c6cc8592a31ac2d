package com.clinicnetwork.contracts.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code location.upserted}: the full current state of one clinic location.
 *
 * @param openingHours weekly opening hours in {@code timeZone}; empty in events of producers older than the field
 * @param rooms        the rooms sessions are booked into; empty in events of producers older than the field
 * @param coordinates  where the location is; null when not known, and in events of producers older than the field
 */
public record LocationState(
        @NotNull UUID id,
        @PositiveOrZero long version,
        @NotBlank String name,
        @NotBlank String address,
        @NotBlank String timeZone,
        boolean active,
        @NotNull List<@NotNull @Valid OpeningHours> openingHours,
        @NotNull List<@NotNull @Valid Room> rooms,
        @Valid Coordinates coordinates) {

    public LocationState {
        // Records published before these fields existed stay on the compacted topic and must still be readable.
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
    }

    /** A location without rooms and coordinates, as producers older than those fields published it. */
    public LocationState(UUID id, long version, String name, String address, String timeZone, boolean active,
            List<OpeningHours> openingHours) {
        this(id, version, name, address, timeZone, active, openingHours, List.of(), null);
    }

    /** A location without opening hours, as producers older than the field published it. */
    public LocationState(UUID id, long version, String name, String address, String timeZone, boolean active) {
        this(id, version, name, address, timeZone, active, List.of(), List.of(), null);
    }
}
