package com.clinicnetwork.therapist.location;

import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import com.clinicnetwork.therapist.web.PageQuery;
import com.clinicnetwork.therapist.web.Versions;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rooms of a location. Rooms travel in {@code location.upserted}, so every change of a room is also a new version of
 * its location, published with all of the location's rooms; the location's row lock serialises the changes. Rooms are
 * deactivated, never deleted: booking-service's appointments keep referring to them.
 */
@Service
public class RoomService {

    private final LocationRepository locations;
    private final RoomRepository rooms;
    private final LocationService locationService;

    RoomService(LocationRepository locations, RoomRepository rooms, LocationService locationService) {
        this.locations = locations;
        this.rooms = rooms;
        this.locationService = locationService;
    }

    /**
     * @throws NotFoundException      if there is no such location
     * @throws StateConflictException if the location has a room of that name already
     */
    @Transactional
    public Room add(UUID locationId, UUID roomId, RoomRequest request) {
        long locationVersion = Versions.next("Location", locationId, locations.lockVersion(locationId), null);
        Room room = fromRequest(roomId, locationId, request, 1);
        try {
            rooms.insert(room);
        } catch (DuplicateKeyException e) {
            throw nameTaken();
        }
        publishLocation(locationId, locationVersion);
        return room;
    }

    /**
     * Replaces the room's name, kind and active flag. Sessions booked into it keep it: a deactivated room takes no new
     * bookings, and a changed kind applies to new bookings only.
     *
     * @param expectedVersion the room's version the caller read (If-Match), or null for any
     * @throws NotFoundException      if the location has no such room
     * @throws StateConflictException if another room of the location has that name
     */
    @Transactional
    public Room replace(UUID locationId, UUID roomId, RoomRequest request, Long expectedVersion) {
        long locationVersion = Versions.next("Location", locationId, locations.lockVersion(locationId), null);
        long version = Versions.next("Room", roomId, rooms.version(locationId, roomId), expectedVersion);
        Room room = fromRequest(roomId, locationId, request, version);
        try {
            rooms.update(room);
        } catch (DuplicateKeyException e) {
            throw nameTaken();
        }
        publishLocation(locationId, locationVersion);
        return room;
    }

    @Transactional(readOnly = true)
    public Room get(UUID locationId, UUID roomId) {
        return rooms.find(locationId, roomId).orElseThrow(() -> new NotFoundException("Room", roomId));
    }

    /** @throws NotFoundException if there is no such location */
    @Transactional(readOnly = true)
    public PageOf<Room> list(UUID locationId, PageQuery page) {
        if (locations.existing(List.of(locationId)).isEmpty()) {
            throw new NotFoundException("Location", locationId);
        }
        return page.pageOf(rooms.findPage(locationId, page), rooms.count(locationId));
    }

    private void publishLocation(UUID locationId, long version) {
        locations.updateVersion(locationId, version);
        locationService.published(locations.findById(locationId)
                .orElseThrow(() -> new IllegalStateException("Location " + locationId + " vanished under its row lock")));
    }

    private static Room fromRequest(UUID id, UUID locationId, RoomRequest request, long version) {
        return new Room(id, locationId, request.name().strip(), RoomKind.parse("kind", request.kind()),
                request.active() == null || request.active(), version);
    }

    private static StateConflictException nameTaken() {
        return new StateConflictException(ProblemTypes.CONFLICT, "Room name already used",
                "The location already has a room of this name.");
    }
}
