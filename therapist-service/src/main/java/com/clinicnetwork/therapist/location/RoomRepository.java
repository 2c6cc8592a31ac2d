package com.clinicnetwork.therapist.location;

import com.clinicnetwork.therapist.web.PageQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rooms of locations. Changes of a location's rooms are serialised by the location's row lock
 * ({@link LocationRepository#lockVersion}), which the caller holds.
 */
@Repository
class RoomRepository {

    private static final String COLUMNS = "id, location_id, name, kind, active, version";
    /** Rooms in the order the API lists them and booking-service assigns them: by name. */
    private static final String ORDER = " ORDER BY lower(name), id";

    private static final RowMapper<Room> MAPPER = (rs, row) -> new Room(rs.getObject("id", UUID.class),
            rs.getObject("location_id", UUID.class), rs.getString("name"), RoomKind.valueOf(rs.getString("kind")),
            rs.getBoolean("active"), rs.getLong("version"));

    private final JdbcClient jdbc;

    RoomRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException if the location has a room of that name */
    void insert(Room room) {
        jdbc.sql("INSERT INTO rooms (" + COLUMNS + ") VALUES (:id, :locationId, :name, :kind, :active, :version)")
                .param("id", room.id())
                .param("locationId", room.locationId())
                .param("name", room.name())
                .param("kind", room.kind().name())
                .param("active", room.active())
                .param("version", room.version())
                .update();
    }

    /** @throws org.springframework.dao.DuplicateKeyException if another room of the location has that name */
    void update(Room room) {
        jdbc.sql("UPDATE rooms SET name = :name, kind = :kind, active = :active, version = :version WHERE id = :id")
                .param("id", room.id())
                .param("name", room.name())
                .param("kind", room.kind().name())
                .param("active", room.active())
                .param("version", room.version())
                .update();
    }

    /** The room's current version, if the location has such a room. */
    OptionalLong version(UUID locationId, UUID roomId) {
        return find(locationId, roomId).map(room -> OptionalLong.of(room.version())).orElse(OptionalLong.empty());
    }

    Optional<Room> find(UUID locationId, UUID roomId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rooms WHERE id = :id AND location_id = :locationId")
                .param("id", roomId)
                .param("locationId", locationId)
                .query(MAPPER)
                .optional();
    }

    List<Room> findPage(UUID locationId, PageQuery page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rooms WHERE location_id = :locationId" + ORDER
                        + " LIMIT :limit OFFSET :offset")
                .param("locationId", locationId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(MAPPER)
                .list();
    }

    long count(UUID locationId) {
        return jdbc.sql("SELECT count(*) FROM rooms WHERE location_id = :locationId")
                .param("locationId", locationId)
                .query(Long.class)
                .single();
    }

    /** The rooms of each of the locations, by name; a location without rooms is absent. */
    Map<UUID, List<Room>> byLocation(Collection<UUID> locationIds) {
        Map<UUID, List<Room>> rooms = new HashMap<>();
        if (locationIds.isEmpty()) {
            return rooms;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM rooms WHERE location_id IN (:ids)" + ORDER)
                .param("ids", locationIds)
                .query(MAPPER)
                .list()
                .forEach(room -> rooms.computeIfAbsent(room.locationId(), id -> new ArrayList<>()).add(room));
        return rooms;
    }
}
