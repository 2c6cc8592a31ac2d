package com.clinicnetwork.therapist.location;

import com.clinicnetwork.therapist.web.PageQuery;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LocationRepository {

    private static final String COLUMNS = "id, name, address, time_zone, active, version, latitude, longitude";

    private final JdbcClient jdbc;
    private final RoomRepository rooms;

    LocationRepository(JdbcClient jdbc, RoomRepository rooms) {
        this.jdbc = jdbc;
        this.rooms = rooms;
    }

    void insert(Location location) {
        jdbc.sql("INSERT INTO locations (" + COLUMNS + ") VALUES (:id, :name, :address, :timeZone, :active, :version, :latitude, :longitude)")
                .param("id", location.id())
                .param("name", location.name())
                .param("address", location.address())
                .param("timeZone", location.timeZone())
                .param("active", location.active())
                .param("version", location.version())
                .param("latitude", latitude(location))
                .param("longitude", longitude(location))
                .update();
        insertOpeningHours(location);
    }

    /** Replaces the row and its opening hours; call after {@link #lockVersion}, which makes this the only writer. */
    void update(Location location) {
        jdbc.sql("""
                        UPDATE locations SET name = :name, address = :address, time_zone = :timeZone, active = :active,
                            version = :version, latitude = :latitude, longitude = :longitude
                        WHERE id = :id
                        """)
                .param("id", location.id())
                .param("name", location.name())
                .param("address", location.address())
                .param("timeZone", location.timeZone())
                .param("active", location.active())
                .param("version", location.version())
                .param("latitude", latitude(location))
                .param("longitude", longitude(location))
                .update();
        jdbc.sql("DELETE FROM location_opening_hours WHERE location_id = :id").param("id", location.id()).update();
        insertOpeningHours(location);
    }

    private static Double latitude(Location location) {
        return location.coordinates() == null ? null : location.coordinates().latitude();
    }

    private static Double longitude(Location location) {
        return location.coordinates() == null ? null : location.coordinates().longitude();
    }

    private void insertOpeningHours(Location location) {
        for (OpeningHours block : location.openingHours()) {
            jdbc.sql("""
                            INSERT INTO location_opening_hours (location_id, day_of_week, opens_at, closes_at)
                            VALUES (:id, :day, :opensAt, :closesAt)
                            """)
                    .param("id", location.id())
                    .param("day", block.dayOfWeek().getValue())
                    .param("opensAt", block.opensAt())
                    .param("closesAt", block.closesAt())
                    .update();
        }
    }

    /** Gives the location a new version for a change of its rooms; call after {@link #lockVersion}. */
    void updateVersion(UUID id, long version) {
        jdbc.sql("UPDATE locations SET version = :version WHERE id = :id").param("id", id).param("version", version).update();
    }

    /** The current version, read with a row lock that serialises changes of the location until the transaction ends. */
    OptionalLong lockVersion(UUID id) {
        return jdbc.sql("SELECT version FROM locations WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    public Optional<Location> findById(UUID id) {
        return findAllById(List.of(id)).stream().findFirst();
    }

    /** @return the locations ordered by name */
    public List<Location> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withHoursAndRooms(jdbc.sql("SELECT " + COLUMNS + " FROM locations WHERE id IN (:ids) ORDER BY name, id")
                .param("ids", ids)
                .query(Row.class)
                .list());
    }

    /** @return those of {@code ids} that exist */
    public Set<UUID> existing(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT id FROM locations WHERE id IN (:ids)").param("ids", ids).query(UUID.class).list());
    }

    List<Location> findPage(PageQuery page) {
        return withHoursAndRooms(jdbc.sql("SELECT " + COLUMNS + " FROM locations ORDER BY name, id LIMIT :limit OFFSET :offset")
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(Row.class)
                .list());
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM locations").query(Long.class).single();
    }

    /**
     * Hours a therapist is scheduled at a location: a weekly block ({@code date} null), or extra hours on a date.
     */
    record ScheduledHours(UUID therapistId, LocalDate date, DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {

        String describe() {
            return (date == null ? "weekly hours on " + dayOfWeek : "extra hours on " + date) + " " + startsAt + "–" + endsAt;
        }
    }

    /** Weekly hours at the location, and its extra hours on or after {@code from}. */
    List<ScheduledHours> scheduledHoursAt(UUID locationId, LocalDate from) {
        return jdbc.sql("""
                        SELECT therapist_id, NULL::date AS on_date, day_of_week, starts_at, ends_at
                        FROM working_hours WHERE location_id = :locationId
                        UNION ALL
                        SELECT therapist_id, on_date, extract(isodow FROM on_date)::int, starts_at, ends_at
                        FROM extra_hours WHERE location_id = :locationId AND on_date >= :from
                        ORDER BY 1, 3, 4
                        """)
                .param("locationId", locationId)
                .param("from", from)
                .query((rs, n) -> new ScheduledHours(rs.getObject("therapist_id", UUID.class),
                        rs.getObject("on_date", LocalDate.class), DayOfWeek.of(rs.getInt("day_of_week")),
                        rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)))
                .list();
    }

    private record Row(UUID id, String name, String address, String timeZone, boolean active, long version,
            Double latitude, Double longitude) {

        Coordinates coordinates() {
            return latitude == null ? null : new Coordinates(latitude, longitude);
        }
    }

    private record HoursRow(UUID locationId, OpeningHours block) {
    }

    private List<Location> withHoursAndRooms(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = rows.stream().map(Row::id).collect(Collectors.toSet());
        Map<UUID, List<OpeningHours>> hours = new HashMap<>();
        jdbc.sql("""
                        SELECT location_id, day_of_week, opens_at, closes_at FROM location_opening_hours
                        WHERE location_id IN (:ids) ORDER BY day_of_week, opens_at
                        """)
                .param("ids", ids)
                .query((rs, n) -> new HoursRow(rs.getObject("location_id", UUID.class), new OpeningHours(
                        DayOfWeek.of(rs.getInt("day_of_week")), rs.getObject("opens_at", LocalTime.class),
                        rs.getObject("closes_at", LocalTime.class))))
                .list()
                .forEach(row -> hours.computeIfAbsent(row.locationId(), id -> new ArrayList<>()).add(row.block()));
        Map<UUID, List<Room>> roomsByLocation = rooms.byLocation(ids);
        return rows.stream().map(row -> new Location(row.id(), row.name(), row.address(), row.timeZone(),
                hours.getOrDefault(row.id(), List.of()), roomsByLocation.getOrDefault(row.id(), List.of()), row.active(),
                row.version(), row.coordinates())).toList();
    }
}
