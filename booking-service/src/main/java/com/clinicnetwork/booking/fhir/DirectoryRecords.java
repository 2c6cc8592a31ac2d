package com.clinicnetwork.booking.fhir;

import com.clinicnetwork.booking.directory.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory read model (tables {@code directory_*}, kept by package {@code directory}) as the FHIR export lists it:
 * pages ordered by id, each with what its resources show, in a fixed number of queries per page.
 */
@Repository
class DirectoryRecords {

    private final JdbcClient jdbc;

    DirectoryRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Page<T>(List<T> items, long total) {
    }

    record Named(UUID id, String name) {
    }

    record TherapistRecord(UUID id, String name, boolean active, List<String> specialties) {
    }

    record LocationRecord(UUID id, String name, @Nullable String address, ZoneId timeZone, boolean active,
            List<OpeningHours> openingHours) {
    }

    /** @param locations the active locations where an active therapist offers it */
    record TreatmentRecord(UUID id, String name, int durationMinutes, boolean active, @Nullable String requiredSpecialty,
            List<Named> locations) {
    }

    /** A therapist at one of their locations, with the active treatments they offer. */
    record ScheduleRecord(Named therapist, boolean therapistActive, Named location, boolean locationActive,
            List<Named> treatments) {
    }

    Page<TherapistRecord> therapists(Optional<UUID> id, long offset, int limit) {
        Where where = new Where().equal("id", "id", id);
        List<TherapistRecord> page = page("SELECT id, display_name, active FROM directory_therapist", where, "id",
                offset, limit, (rs, row) -> new TherapistRecord(rs.getObject("id", UUID.class),
                        rs.getString("display_name"), rs.getBoolean("active"), List.of()));
        Map<UUID, List<String>> specialties = byId(page, TherapistRecord::id,
                "SELECT therapist_id, specialty FROM directory_therapist_specialty WHERE therapist_id IN (:ids) ORDER BY specialty",
                (rs, row) -> rs.getString("specialty"));
        return new Page<>(page.stream().map(t -> new TherapistRecord(t.id(), t.name(), t.active(),
                specialties.getOrDefault(t.id(), List.of()))).toList(), count("directory_therapist", where));
    }

    Page<LocationRecord> locations(Optional<UUID> id, long offset, int limit) {
        Where where = new Where().equal("id", "id", id);
        List<LocationRecord> page = page("SELECT id, name, address, time_zone, active FROM directory_location", where, "id",
                offset, limit, (rs, row) -> new LocationRecord(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("address"), ZoneId.of(rs.getString("time_zone")), rs.getBoolean("active"), List.of()));
        Map<UUID, List<OpeningHours>> hours = byId(page, LocationRecord::id, """
                        SELECT location_id, day_of_week, opens_at, closes_at FROM directory_opening_hours
                        WHERE location_id IN (:ids) ORDER BY day_of_week, opens_at
                        """,
                (rs, row) -> new OpeningHours(DayOfWeek.of(rs.getInt("day_of_week")),
                        rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class)));
        return new Page<>(page.stream().map(l -> new LocationRecord(l.id(), l.name(), l.address(), l.timeZone(),
                l.active(), hours.getOrDefault(l.id(), List.of()))).toList(), count("directory_location", where));
    }

    /** @param offeredAt only treatments an active therapist offers at this active location */
    Page<TreatmentRecord> treatments(Optional<UUID> id, Optional<UUID> offeredAt, long offset, int limit) {
        Where where = new Where().equal("id", "id", id);
        offeredAt.ifPresent(location -> where.condition("""
                EXISTS (SELECT 1 FROM directory_therapist_treatment o
                        JOIN directory_therapist th ON th.id = o.therapist_id AND th.active
                        JOIN directory_therapist_location tl ON tl.therapist_id = th.id AND tl.location_id = :location
                        JOIN directory_location l ON l.id = tl.location_id AND l.active
                        WHERE o.treatment_id = directory_treatment.id)""", "location", location));
        List<TreatmentRecord> page = page("""
                        SELECT id, name, duration_minutes, active, required_specialty FROM directory_treatment""",
                where, "id", offset, limit, (rs, row) -> new TreatmentRecord(rs.getObject("id", UUID.class),
                        rs.getString("name"), rs.getInt("duration_minutes"), rs.getBoolean("active"),
                        rs.getString("required_specialty"), List.of()));
        Map<UUID, List<Named>> locations = byId(page, TreatmentRecord::id, """
                        SELECT DISTINCT o.treatment_id, l.id, l.name FROM directory_therapist_treatment o
                        JOIN directory_therapist th ON th.id = o.therapist_id AND th.active
                        JOIN directory_therapist_location tl ON tl.therapist_id = th.id
                        JOIN directory_location l ON l.id = tl.location_id AND l.active
                        WHERE o.treatment_id IN (:ids) ORDER BY l.id
                        """,
                (rs, row) -> new Named(rs.getObject("id", UUID.class), rs.getString("name")));
        return new Page<>(page.stream().map(t -> new TreatmentRecord(t.id(), t.name(), t.durationMinutes(), t.active(),
                t.requiredSpecialty(), locations.getOrDefault(t.id(), List.of()))).toList(), count("directory_treatment", where));
    }

    /** A schedule per location of each therapist, ordered by therapist and location; only locations the read model knows. */
    Page<ScheduleRecord> schedules(Optional<UUID> therapistId, Optional<UUID> locationId, long offset, int limit) {
        Where where = new Where().equal("th.id", "therapistId", therapistId).equal("l.id", "locationId", locationId);
        String from = """
                directory_therapist_location tl
                JOIN directory_therapist th ON th.id = tl.therapist_id
                JOIN directory_location l ON l.id = tl.location_id""";
        List<ScheduleRecord> page = page("""
                        SELECT th.id AS therapist_id, th.display_name, th.active AS therapist_active,
                               l.id AS location_id, l.name AS location_name, l.active AS location_active""" + " FROM " + from,
                where, "th.id, l.id", offset, limit,
                (rs, row) -> new ScheduleRecord(new Named(rs.getObject("therapist_id", UUID.class), rs.getString("display_name")),
                        rs.getBoolean("therapist_active"),
                        new Named(rs.getObject("location_id", UUID.class), rs.getString("location_name")),
                        rs.getBoolean("location_active"), List.of()));
        Map<UUID, List<Named>> treatments = treatmentsOffered(page.stream().map(s -> s.therapist().id()).toList());
        return new Page<>(page.stream().map(s -> new ScheduleRecord(s.therapist(), s.therapistActive(), s.location(),
                s.locationActive(), treatments.getOrDefault(s.therapist().id(), List.of()))).toList(), count(from, where));
    }

    /** The active treatments each therapist offers, by name. */
    Map<UUID, List<Named>> treatmentsOffered(Collection<UUID> therapistIds) {
        Map<UUID, List<Named>> offered = new HashMap<>();
        if (therapistIds.isEmpty()) {
            return offered;
        }
        jdbc.sql("""
                        SELECT o.therapist_id, t.id, t.name FROM directory_therapist_treatment o
                        JOIN directory_treatment t ON t.id = o.treatment_id AND t.active
                        WHERE o.therapist_id IN (:ids) ORDER BY t.name, t.id
                        """)
                .param("ids", List.copyOf(therapistIds))
                .query((RowCallbackHandler) rs -> offered.computeIfAbsent(rs.getObject("therapist_id", UUID.class),
                        id -> new ArrayList<>()).add(new Named(rs.getObject("id", UUID.class), rs.getString("name"))));
        return offered;
    }

    private <T> List<T> page(String select, Where where, String orderBy, long offset, int limit, RowMapper<T> mapper) {
        return jdbc.sql(select + where.sql() + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .params(where.params)
                .param("limit", limit)
                .param("offset", offset)
                .query(mapper)
                .list();
    }

    private long count(String from, Where where) {
        return jdbc.sql("SELECT count(*) FROM " + from + where.sql()).params(where.params).query(Long.class).single();
    }

    /** What belongs to each row of a page, by the row's id, in one query. */
    private <R, T> Map<UUID, List<T>> byId(List<R> page, Function<R, UUID> id, String sql, RowMapper<T> mapper) {
        Map<UUID, List<T>> byId = new HashMap<>();
        if (page.isEmpty()) {
            return byId;
        }
        jdbc.sql(sql).param("ids", page.stream().map(id).toList())
                .query((RowCallbackHandler) rs -> byId.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                        .add(mapper.mapRow(rs, 0)));
        return byId;
    }

    /** The conditions of a query and their parameters. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Where equal(String column, String param, Optional<UUID> value) {
            value.ifPresent(v -> condition(column + " = :" + param, param, v));
            return this;
        }

        Where condition(String sql, String param, Object value) {
            conditions.add(sql);
            params.put(param, value);
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
