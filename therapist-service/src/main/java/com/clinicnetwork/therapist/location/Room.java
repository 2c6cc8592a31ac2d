package com.clinicnetwork.therapist.location;

import java.util.UUID;

/**
 * A room of a location that sessions are booked into, as well as a therapist.
 *
 * @param kind   what it is for; a treatment names the kind its sessions need
 * @param active whether new sessions may be booked into it; a deactivated room keeps the sessions booked there
 */
public record Room(UUID id, UUID locationId, String name, RoomKind kind, boolean active, long version) {

    com.clinicnetwork.contracts.directory.Room toContract() {
        return new com.clinicnetwork.contracts.directory.Room(id, name, kind.name(), active);
    }
}
