package com.clinicnetwork.therapist.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Time off and extra hours of therapists. */
@Repository
public class ScheduleExceptionsRepository {

    private final JdbcClient jdbc;

    ScheduleExceptionsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID therapistId, TimeOff timeOff) {
        jdbc.sql("INSERT INTO time_off (id, therapist_id, starts_at, ends_at) VALUES (:id, :therapistId, :startsAt, :endsAt)")
                .param("id", timeOff.id())
                .param("therapistId", therapistId)
                .param("startsAt", timeOff.startsAt())
                .param("endsAt", timeOff.endsAt())
                .update();
    }

    public void insert(UUID therapistId, ExtraHours extra) {
        jdbc.sql("""
                        INSERT INTO extra_hours (id, therapist_id, location_id, on_date, starts_at, ends_at)
                        VALUES (:id, :therapistId, :locationId, :date, :startsAt, :endsAt)
                        """)
                .param("id", extra.id())
                .param("therapistId", therapistId)
                .param("locationId", extra.locationId())
                .param("date", extra.date())
                .param("startsAt", extra.startsAt())
                .param("endsAt", extra.endsAt())
                .update();
    }

    /** @return whether the therapist had this time off */
    public boolean deleteTimeOff(UUID therapistId, UUID id) {
        return jdbc.sql("DELETE FROM time_off WHERE id = :id AND therapist_id = :therapistId")
                .param("id", id).param("therapistId", therapistId).update() == 1;
    }

    /** @return whether the therapist had these extra hours */
    public boolean deleteExtraHours(UUID therapistId, UUID id) {
        return jdbc.sql("DELETE FROM extra_hours WHERE id = :id AND therapist_id = :therapistId")
                .param("id", id).param("therapistId", therapistId).update() == 1;
    }

    /** @return each therapist's time off, earliest first; therapists without any are absent */
    public Map<UUID, List<TimeOff>> timeOffOf(Collection<UUID> therapistIds) {
        Map<UUID, List<TimeOff>> found = new HashMap<>();
        if (therapistIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT id, therapist_id, starts_at, ends_at FROM time_off WHERE therapist_id IN (:ids) ORDER BY starts_at")
                .param("ids", therapistIds)
                .query((rs, row) -> Map.entry(rs.getObject("therapist_id", UUID.class), new TimeOff(
                        rs.getObject("id", UUID.class),
                        rs.getObject("starts_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getObject("ends_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC))))
                .list()
                .forEach(entry -> found.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return found;
    }

    /** @return each therapist's extra hours by date and time; therapists without any are absent */
    public Map<UUID, List<ExtraHours>> extraHoursOf(Collection<UUID> therapistIds) {
        Map<UUID, List<ExtraHours>> found = new HashMap<>();
        if (therapistIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        SELECT id, therapist_id, location_id, on_date, starts_at, ends_at FROM extra_hours
                        WHERE therapist_id IN (:ids) ORDER BY on_date, starts_at
                        """)
                .param("ids", therapistIds)
                .query((rs, row) -> Map.entry(rs.getObject("therapist_id", UUID.class), new ExtraHours(
                        rs.getObject("id", UUID.class),
                        rs.getObject("location_id", UUID.class),
                        rs.getObject("on_date", LocalDate.class),
                        rs.getObject("starts_at", LocalTime.class),
                        rs.getObject("ends_at", LocalTime.class))))
                .list()
                .forEach(entry -> found.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return found;
    }
}
