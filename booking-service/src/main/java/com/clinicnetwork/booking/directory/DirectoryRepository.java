package com.clinicnetwork.booking.directory;

import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory read model, and the queries booking and availability run against it. Every upsert is conditional on the incoming version being newer than the
 * stored one, so the state converges to the newest event whatever order events arrive in.
 */
@Repository
public class DirectoryRepository {

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return whether the state was newer than the stored one and has been applied, with its address, opening hours and
     *         rooms
     */
    boolean upsert(LocationState location) {
        boolean applied = jdbc.sql("""
                        INSERT INTO directory_location (id, version, name, time_zone, active)
                        VALUES (:id, :version, :name, :timeZone, :active)
                        ON CONFLICT (id) DO UPDATE
                        SET version = EXCLUDED.version, name = EXCLUDED.name, time_zone = EXCLUDED.time_zone, active = EXCLUDED.active
                        WHERE directory_location.version < EXCLUDED.version
                        """)
                .param("id", location.id())
                .param("version", location.version())
                .param("name", location.name())
                .param("timeZone", location.timeZone())
                .param("active", location.active())
                .update() == 1;
        if (!applied) {
            return false;
        }
        // The postal address, which only the FHIR export (package fhir) shows, and the coordinates, which the waitlist
        // measures its clients' reach against.
        jdbc.sql("UPDATE directory_location SET address = :address, latitude = :latitude, longitude = :longitude WHERE id = :id")
                .param("id", location.id())
                .param("address", location.address())
                .param("latitude", location.coordinates() == null ? null : location.coordinates().latitude())
                .param("longitude", location.coordinates() == null ? null : location.coordinates().longitude())
                .update();
        jdbc.sql("DELETE FROM directory_opening_hours WHERE location_id = :id").param("id", location.id()).update();
        for (com.clinicnetwork.contracts.directory.OpeningHours block : location.openingHours()) {
            jdbc.sql("""
                            INSERT INTO directory_opening_hours (location_id, day_of_week, opens_at, closes_at)
                            VALUES (:id, :day, :opensAt, :closesAt)
                            """)
                    .param("id", location.id())
                    .param("day", block.dayOfWeek().getValue())
                    .param("opensAt", block.opensAt())
                    .param("closesAt", block.closesAt())
                    .update();
        }
        jdbc.sql("DELETE FROM directory_room WHERE location_id = :id").param("id", location.id()).update();
        for (com.clinicnetwork.contracts.directory.Room room : location.rooms()) {
            jdbc.sql("""
                            INSERT INTO directory_room (id, location_id, name, kind, active)
                            VALUES (:roomId, :id, :name, :kind, :active)
                            """)
                    .param("roomId", room.id())
                    .param("id", location.id())
                    .param("name", room.name())
                    .param("kind", room.kind())
                    .param("active", room.active())
                    .update();
        }
        return true;
    }

    boolean upsert(TreatmentState treatment) {
        return jdbc.sql("""
                        INSERT INTO directory_treatment (id, version, name, duration_minutes, buffer_minutes, active,
                                                         required_specialty, room_kind)
                        VALUES (:id, :version, :name, :duration, :buffer, :active, :requiredSpecialty, :roomKind)
                        ON CONFLICT (id) DO UPDATE
                        SET version = EXCLUDED.version, name = EXCLUDED.name, duration_minutes = EXCLUDED.duration_minutes,
                            buffer_minutes = EXCLUDED.buffer_minutes, active = EXCLUDED.active,
                            required_specialty = EXCLUDED.required_specialty, room_kind = EXCLUDED.room_kind
                        WHERE directory_treatment.version < EXCLUDED.version
                        """)
                .param("id", treatment.id())
                .param("version", treatment.version())
                .param("name", treatment.name())
                .param("duration", treatment.durationMinutes())
                .param("buffer", treatment.bufferMinutes())
                .param("active", treatment.active())
                .param("requiredSpecialty", treatment.requiredSpecialty())
                .param("roomKind", treatment.roomKind())
                .update() == 1;
    }

    /**
     * Replaces the therapist's locations, treatments, weekly hours, time off, extra hours and specialties together
     * with the profile, if the state is newer.
     */
    boolean upsert(TherapistState therapist) {
        boolean applied = jdbc.sql("""
                        INSERT INTO directory_therapist (id, version, display_name, active)
                        VALUES (:id, :version, :displayName, :active)
                        ON CONFLICT (id) DO UPDATE
                        SET version = EXCLUDED.version, display_name = EXCLUDED.display_name, active = EXCLUDED.active
                        WHERE directory_therapist.version < EXCLUDED.version
                        """)
                .param("id", therapist.id())
                .param("version", therapist.version())
                .param("displayName", therapist.displayName())
                .param("active", therapist.active())
                .update() == 1;
        if (!applied) {
            return false;
        }
        UUID id = therapist.id();
        jdbc.sql("DELETE FROM directory_therapist_location WHERE therapist_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM directory_therapist_treatment WHERE therapist_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM directory_working_hours WHERE therapist_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM directory_time_off WHERE therapist_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM directory_extra_hours WHERE therapist_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM directory_therapist_specialty WHERE therapist_id = :id").param("id", id).update();
        for (String specialty : therapist.specialties()) {
            jdbc.sql("INSERT INTO directory_therapist_specialty (therapist_id, specialty) VALUES (:id, :specialty)")
                    .param("id", id).param("specialty", specialty).update();
        }
        for (UUID locationId : therapist.locationIds()) {
            jdbc.sql("INSERT INTO directory_therapist_location (therapist_id, location_id) VALUES (:id, :locationId)")
                    .param("id", id).param("locationId", locationId).update();
        }
        for (UUID treatmentId : therapist.treatmentIds()) {
            jdbc.sql("INSERT INTO directory_therapist_treatment (therapist_id, treatment_id) VALUES (:id, :treatmentId)")
                    .param("id", id).param("treatmentId", treatmentId).update();
        }
        for (WeeklyWorkingHours block : therapist.workingHours()) {
            jdbc.sql("""
                            INSERT INTO directory_working_hours (therapist_id, location_id, day_of_week, starts_at, ends_at)
                            VALUES (:id, :locationId, :day, :startsAt, :endsAt)
                            """)
                    .param("id", id)
                    .param("locationId", block.locationId())
                    .param("day", block.dayOfWeek().getValue())
                    .param("startsAt", block.startsAt())
                    .param("endsAt", block.endsAt())
                    .update();
        }
        for (com.clinicnetwork.contracts.directory.TimeOff away : therapist.timeOff()) {
            jdbc.sql("""
                            INSERT INTO directory_time_off (id, therapist_id, starts_at, ends_at)
                            VALUES (:timeOffId, :id, :startsAt, :endsAt)
                            """)
                    .param("timeOffId", away.id())
                    .param("id", id)
                    .param("startsAt", away.startsAt())
                    .param("endsAt", away.endsAt())
                    .update();
        }
        for (com.clinicnetwork.contracts.directory.ExtraHours extra : therapist.extraHours()) {
            jdbc.sql("""
                            INSERT INTO directory_extra_hours (id, therapist_id, location_id, on_date, starts_at, ends_at)
                            VALUES (:extraId, :id, :locationId, :date, :startsAt, :endsAt)
                            """)
                    .param("extraId", extra.id())
                    .param("id", id)
                    .param("locationId", extra.locationId())
                    .param("date", extra.date())
                    .param("startsAt", extra.startsAt())
                    .param("endsAt", extra.endsAt())
                    .update();
        }
        return true;
    }

    /** Display names of the known locations among {@code ids}; unknown ids are absent from the map. */
    public Map<UUID, String> locationNames(Collection<UUID> ids) {
        return names("SELECT id, name FROM directory_location WHERE id IN (:ids)", ids);
    }

    /** Display names of the known treatments among {@code ids}; unknown ids are absent from the map. */
    public Map<UUID, String> treatmentNames(Collection<UUID> ids) {
        return names("SELECT id, name FROM directory_treatment WHERE id IN (:ids)", ids);
    }

    /** Display names of the known therapists among {@code ids}; unknown ids are absent from the map. */
    public Map<UUID, String> therapistNames(Collection<UUID> ids) {
        return names("SELECT id, display_name AS name FROM directory_therapist WHERE id IN (:ids)", ids);
    }

    /** Names of the known rooms among {@code ids}, active or not; unknown ids are absent from the map. */
    public Map<UUID, String> roomNames(Collection<UUID> ids) {
        return names("SELECT id, name FROM directory_room WHERE id IN (:ids)", ids);
    }

    /** The location's active rooms of the kind, in the order sessions are assigned to them: by name. */
    public List<Room> activeRooms(UUID locationId, String kind) {
        return jdbc.sql("""
                        SELECT id, name FROM directory_room
                        WHERE location_id = :locationId AND kind = :kind AND active
                        ORDER BY lower(name), id
                        """)
                .param("locationId", locationId)
                .param("kind", kind)
                .query((rs, row) -> new Room(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    private Map<UUID, String> names(String sql, Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql(sql).param("ids", List.copyOf(Set.copyOf(ids)))
                .query((RowCallbackHandler) rs -> names.put(rs.getObject("id", UUID.class), rs.getString("name")));
        return names;
    }

    /** The location's weekly opening hours in its local time, Monday first; empty if unknown or never open. */
    public List<OpeningHours> openingHours(UUID locationId) {
        return jdbc.sql("""
                        SELECT day_of_week, opens_at, closes_at FROM directory_opening_hours
                        WHERE location_id = :id ORDER BY day_of_week, opens_at
                        """)
                .param("id", locationId)
                .query((rs, row) -> new OpeningHours(DayOfWeek.of(rs.getInt("day_of_week")),
                        rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class)))
                .list();
    }

    /** The therapist's weekly hours at one location in its local time, Monday first. */
    public List<WorkingHours> workingHours(UUID therapistId, UUID locationId) {
        return jdbc.sql("""
                        SELECT location_id, day_of_week, starts_at, ends_at FROM directory_working_hours
                        WHERE therapist_id = :id AND location_id = :locationId ORDER BY day_of_week, starts_at
                        """)
                .param("id", therapistId)
                .param("locationId", locationId)
                .query(DirectoryRepository::mapWorkingHours)
                .list();
    }

    /** The therapist's time off that overlaps {@code [from, to)}, earliest first. */
    public List<TimeOff> timeOffOverlapping(UUID therapistId, Instant from, Instant to) {
        return timeOffOverlapping(List.of(therapistId), from, to).getOrDefault(therapistId, List.of());
    }

    /** Time off of several therapists at once, by therapist: one query for a whole location's search. */
    public Map<UUID, List<TimeOff>> timeOffOverlapping(Collection<UUID> therapistIds, Instant from, Instant to) {
        Map<UUID, List<TimeOff>> byTherapist = new HashMap<>();
        if (therapistIds.isEmpty()) {
            return byTherapist;
        }
        jdbc.sql("""
                        SELECT therapist_id, id, starts_at, ends_at FROM directory_time_off
                        WHERE therapist_id IN (:ids) AND starts_at < :to AND ends_at > :from
                        ORDER BY therapist_id, starts_at
                        """)
                .param("ids", therapistIds)
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query((RowCallbackHandler) rs -> byTherapist.computeIfAbsent(rs.getObject("therapist_id", UUID.class),
                        id -> new ArrayList<>()).add(new TimeOff(rs.getObject("id", UUID.class),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant())));
        return byTherapist;
    }

    /** The therapist's extra hours at the location on dates from {@code fromDate} to {@code toDate}, both included. */
    public List<ExtraHours> extraHours(UUID therapistId, UUID locationId, LocalDate fromDate, LocalDate toDate) {
        return extraHours(List.of(therapistId), locationId, fromDate, toDate).getOrDefault(therapistId, List.of());
    }

    /** Extra hours of several therapists at the location, by therapist: one query for a whole location's search. */
    public Map<UUID, List<ExtraHours>> extraHours(Collection<UUID> therapistIds, UUID locationId, LocalDate fromDate,
            LocalDate toDate) {
        Map<UUID, List<ExtraHours>> byTherapist = new HashMap<>();
        if (therapistIds.isEmpty()) {
            return byTherapist;
        }
        jdbc.sql("""
                        SELECT therapist_id, id, location_id, on_date, starts_at, ends_at FROM directory_extra_hours
                        WHERE therapist_id IN (:ids) AND location_id = :locationId AND on_date BETWEEN :fromDate AND :toDate
                        ORDER BY therapist_id, on_date, starts_at
                        """)
                .param("ids", therapistIds)
                .param("locationId", locationId)
                .param("fromDate", fromDate)
                .param("toDate", toDate)
                .query((RowCallbackHandler) rs -> byTherapist.computeIfAbsent(rs.getObject("therapist_id", UUID.class),
                        id -> new ArrayList<>()).add(new ExtraHours(rs.getObject("id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getObject("on_date", LocalDate.class),
                        rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class))));
        return byTherapist;
    }

    /**
     * Active therapists who work at the location and offer the treatment, for a search without a therapist.
     * Whether the location and treatment themselves are active is for the caller to check.
     */
    public List<UUID> bookableTherapistIds(UUID locationId, UUID treatmentId) {
        return jdbc.sql("""
                        SELECT t.id FROM directory_therapist t
                        JOIN directory_therapist_location l ON l.therapist_id = t.id AND l.location_id = :locationId
                        JOIN directory_therapist_treatment o ON o.therapist_id = t.id AND o.treatment_id = :treatmentId
                        WHERE t.active
                        ORDER BY t.id
                        """)
                .param("locationId", locationId)
                .param("treatmentId", treatmentId)
                .query(UUID.class)
                .list();
    }

    public Optional<Location> findLocation(UUID id) {
        return jdbc.sql("SELECT id, time_zone, active FROM directory_location WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new Location(rs.getObject("id", UUID.class), ZoneId.of(rs.getString("time_zone")),
                        rs.getBoolean("active")))
                .optional();
    }

    /** Where the location is; empty if it is unknown (or its coordinates are). */
    public Optional<GeoPoint> coordinatesOf(UUID locationId) {
        return jdbc.sql("SELECT latitude, longitude FROM directory_location WHERE id = :id AND latitude IS NOT NULL")
                .param("id", locationId)
                .query((rs, row) -> new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")))
                .optional();
    }

    /** The specialty a treatment requires of its therapist; empty for an unknown treatment or one stored without it. */
    public Optional<String> requiredSpecialtyOf(UUID treatmentId) {
        return jdbc.sql("SELECT required_specialty FROM directory_treatment WHERE id = :id AND required_specialty IS NOT NULL")
                .param("id", treatmentId)
                .query(String.class)
                .optional();
    }

    /** Whether any therapist in the directory has the specialty. */
    public boolean anyTherapistHas(String specialty) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM directory_therapist_specialty WHERE specialty = :specialty)")
                .param("specialty", specialty)
                .query(Boolean.class)
                .single();
    }

    public Optional<Treatment> findTreatment(UUID id) {
        return jdbc.sql("SELECT id, duration_minutes, buffer_minutes, active, room_kind FROM directory_treatment WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new Treatment(rs.getObject("id", UUID.class),
                        Duration.ofMinutes(rs.getInt("duration_minutes")), Duration.ofMinutes(rs.getInt("buffer_minutes")),
                        rs.getBoolean("active"), rs.getString("room_kind")))
                .optional();
    }

    public Optional<Therapist> findTherapist(UUID id) {
        return findTherapists(List.of(id)).stream().findFirst();
    }

    /** The therapists among {@code ids} that exist, in the order asked, in four queries however many they are. */
    public List<Therapist> findTherapists(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Boolean> active = new HashMap<>();
        jdbc.sql("SELECT id, active FROM directory_therapist WHERE id IN (:ids)")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> active.put(rs.getObject("id", UUID.class), rs.getBoolean("active")));
        Map<UUID, Set<UUID>> locations = linked("SELECT therapist_id, location_id FROM directory_therapist_location WHERE therapist_id IN (:ids)", ids);
        Map<UUID, Set<UUID>> treatments = linked("SELECT therapist_id, treatment_id FROM directory_therapist_treatment WHERE therapist_id IN (:ids)", ids);
        Map<UUID, List<WorkingHours>> hours = new HashMap<>();
        jdbc.sql("""
                        SELECT therapist_id, location_id, day_of_week, starts_at, ends_at FROM directory_working_hours
                        WHERE therapist_id IN (:ids) ORDER BY therapist_id, location_id, day_of_week, starts_at
                        """)
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> hours.computeIfAbsent(rs.getObject("therapist_id", UUID.class),
                        id -> new ArrayList<>()).add(mapWorkingHours(rs, 0)));
        return ids.stream().distinct().filter(active::containsKey)
                .map(id -> new Therapist(id, active.get(id), locations.getOrDefault(id, Set.of()),
                        treatments.getOrDefault(id, Set.of()), hours.getOrDefault(id, List.of())))
                .toList();
    }

    /** Second column by the therapist in the first, for a therapist's link tables. */
    private Map<UUID, Set<UUID>> linked(String sql, Collection<UUID> therapistIds) {
        Map<UUID, Set<UUID>> byTherapist = new HashMap<>();
        jdbc.sql(sql).param("ids", therapistIds).query((RowCallbackHandler) rs -> byTherapist
                .computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashSet<>()).add(rs.getObject(2, UUID.class)));
        return byTherapist;
    }

    private static WorkingHours mapWorkingHours(ResultSet rs, int row) throws SQLException {
        return new WorkingHours(rs.getObject("location_id", UUID.class), DayOfWeek.of(rs.getInt("day_of_week")),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class));
    }
}
